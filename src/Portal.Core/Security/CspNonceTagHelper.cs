using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Portal.Core.Security;

/// <summary>
/// Gives every inline &lt;script&gt; and &lt;style&gt; written in a view the request's CSP nonce. Only markup in the
/// views' source is touched: HTML that reaches a page as data (content, Liquid output) never passes a tag helper,
/// so a script smuggled into it stays blocked.
/// </summary>
[HtmlTargetElement("script")]
[HtmlTargetElement("style")]
public sealed class CspNonceTagHelper : TagHelper
{
    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.TagName == "script" && output.Attributes.ContainsName("src"))
        {
            return;
        }
        output.Attributes.SetAttribute("nonce", CspNonce.Of(ViewContext.HttpContext).Value);
    }
}
