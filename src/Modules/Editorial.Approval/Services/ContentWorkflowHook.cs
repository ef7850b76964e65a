using System.Security.Claims;
using Editorial.Approval.Definitions;
using Microsoft.Extensions.Localization;
using Portal.Abstractions.Content;
using Portal.Core.Content;
using Portal.Core.Content.Workflow;

namespace Editorial.Approval.Services;

/// <summary>The framework's extension point: submission from the content screens enters the flow, and direct publishing waits for it.</summary>
public sealed class ContentWorkflowHook(WorkflowService workflow, WorkflowQueries queries, DefinitionStore definitions, IStringLocalizer<ContentWorkflowHook> T) : IContentWorkflow
{
    public string ModuleId => Startup.Id;

    public async Task<ContentResult> SubmitAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await workflow.SubmitAsync(item.Id, new StepInput(), user, cancellationToken);
        return result.Succeeded ? ContentResult.Ok(item) : ContentResult.Fail([.. result.Errors]);
    }

    public async Task<string?> DirectPublishRefusalAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await workflow.ActiveAsync(item.Id, cancellationToken) is not { } instance)
        {
            return null;
        }
        var flow = await definitions.VersionAsync(instance.DefinitionVersion, cancellationToken);
        return T["Nội dung đang trong quy trình duyệt (bước “{0}”): hãy đăng, hẹn giờ hoặc gỡ tại màn hình quy trình duyệt để bước được ghi lại.", T[flow.State(instance.State)?.Name ?? instance.State].Value];
    }

    /// <summary>While an item waits for review or publication, only those who may act on it now save new versions.</summary>
    public async Task<string?> EditRefusalAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await workflow.ActiveAsync(item.Id, cancellationToken) is not { } instance)
        {
            return null;
        }
        var flow = await definitions.VersionAsync(instance.DefinitionVersion, cancellationToken);
        if (flow.State(instance.State) is not { Status: ContentStatus.Submitted or ContentStatus.Approved } state
            || (await queries.ActionsForAsync(flow, instance, user, cancellationToken)).Any(Engine.WorkflowEngine.IsWork))
        {
            return null;
        }
        return T["Nội dung đang ở bước “{0}”: chỉ người xử lý bước này được sửa. Nếu cần sửa, hãy đề nghị trả lại để bổ sung.", T[state.Name].Value];
    }

    public string ItemUrl(int contentItemId) => $"~/admin/approval/{contentItemId}";
}
