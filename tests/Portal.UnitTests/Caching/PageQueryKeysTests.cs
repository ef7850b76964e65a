using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Routing;
using Portal.Core.Caching;

namespace Portal.UnitTests.Caching;

public sealed class PageQueryKeysTests
{
    private sealed class SearchForm
    {
        public string? Q { get; set; }
    }

    private static ActionDescriptor Action(string template, params ParameterDescriptor[] parameters) => new()
    {
        AttributeRouteInfo = new AttributeRouteInfo { Template = template },
        Parameters = parameters,
    };

    private static ParameterDescriptor Parameter<T>(string name, BindingSource? source = null) =>
        new() { Name = name, ParameterType = typeof(T), BindingInfo = source is null ? null : new BindingInfo { BindingSource = source } };

    [Fact]
    public void ActionKeys_ShouldBeItsQueryParametersAndTheSiteWideKeys_WhenItBindsSimpleValues()
    {
        var keys = PageQueryKeys.Of(Action("/chuyen-muc/{slug}",
            Parameter<string>("slug"), Parameter<int>("page"), Parameter<int?>("year"),
            Parameter<TimeProvider>("clock", BindingSource.Services), Parameter<CancellationToken>("cancellationToken")));

        Assert.Equal("lang,culture,ui-culture,page,year", keys.ToString());
    }

    [Fact]
    public void ActionKeys_ShouldBeEveryKey_WhenItBindsAModel()
    {
        var keys = PageQueryKeys.Of(Action("/tim-kiem", Parameter<SearchForm>("form")));

        Assert.Equal(PageQueryKeys.Every, keys);
    }

    [Fact]
    public void EndpointKeys_ShouldBeEveryKey_WhenTheEndpointIsNotAnAction()
    {
        Assert.Equal(PageQueryKeys.Every, PageQueryKeys.For(null));
    }

    [Fact]
    public void ExtraKeys_ShouldBeAdded_WhenTheOperatorListsThem()
    {
        Assert.Equal("page,v", PageQueryKeys.With(new(["page"]), ["v", "page"]).ToString());
        Assert.Equal(PageQueryKeys.Every, PageQueryKeys.With(PageQueryKeys.Every, ["v"]));
    }
}
