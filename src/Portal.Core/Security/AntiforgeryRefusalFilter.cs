using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;

namespace Portal.Core.Security;

/// <summary>Gives MVC's antiforgery refusal (an empty 400) the same Vietnamese line as the endpoint middleware's.</summary>
public sealed class AntiforgeryRefusalFilter : IAsyncAlwaysRunResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is IAntiforgeryValidationFailedResult)
        {
            await PortalAntiforgery.RefuseAsync(context.HttpContext);
            context.Cancel = true;
            return;
        }
        await next();
    }
}
