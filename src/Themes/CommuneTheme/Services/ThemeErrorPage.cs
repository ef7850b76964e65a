using CommuneTheme.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Errors;

namespace CommuneTheme.Services;

/// <summary>
/// A unit's error answer as a page of its site: the theme's layout (name, menu, search box) around the error.
/// The page is drawn into a string first, so a failure half-way (an unreadable database) leaves the answer untouched
/// for the plain page. It runs outside MVC's routing, in the failed request's own scope and tenant.
/// </summary>
public sealed class ThemeErrorPage(IRazorViewEngine views, ITempDataProvider tempData, IModelMetadataProvider metadata) : IUnitErrorPage
{
    private const string Area = "CommuneTheme";
    private const string ViewPath = "/Areas/CommuneTheme/Views/Shared/Error.cshtml";

    public async Task<string> RenderAsync(HttpContext context, ErrorPage page, CancellationToken cancellationToken)
    {
        var chrome = await context.RequestServices.GetRequiredService<SiteChromeService>().LoadAsync(cancellationToken);
        var routeData = new RouteData();
        routeData.Values["area"] = Area;
        var action = new ActionDescriptor();
        action.RouteValues["area"] = Area;
        var actionContext = new ActionContext(context, routeData, action);
        var found = views.GetView(executingFilePath: null, ViewPath, isMainPage: true);
        if (!found.Success)
        {
            throw new InvalidOperationException($"The theme's error view {ViewPath} is missing.");
        }
        await using var writer = new StringWriter();
        var viewData = new ViewDataDictionary<ErrorViewModel>(metadata, new ModelStateDictionary())
        {
            Model = new ErrorViewModel { Chrome = chrome, Page = page },
        };
        var viewContext = new ViewContext(actionContext, found.View, viewData, new TempDataDictionary(context, tempData), writer, new HtmlHelperOptions());
        await found.View.RenderAsync(viewContext);
        return writer.ToString();
    }
}
