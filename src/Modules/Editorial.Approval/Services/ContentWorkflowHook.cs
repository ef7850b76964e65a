using System.Security.Claims;
using Editorial.Approval.Definitions;
using Editorial.Approval.Engine;
using Editorial.Approval.Models;
using Microsoft.Extensions.Localization;
using Portal.Abstractions.Content;
using Portal.Abstractions.Results;
using Portal.Core.Content;
using Portal.Core.Content.Workflow;

namespace Editorial.Approval.Services;

/// <summary>The framework's extension point: submission from the content screens enters the flow, and direct publishing waits for it.</summary>
public sealed class ContentWorkflowHook(ApprovalService workflow, ApprovalQueries queries, DefinitionStore definitions, IStringLocalizer<ContentWorkflowHook> T) : IContentWorkflow
{
    public string ModuleId => Startup.Id;

    public async Task<Outcome<ContentItem>> SubmitAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await workflow.SubmitAsync(item.Id, new StepInput(), user, cancellationToken);
        return result.Succeeded ? Outcome<ContentItem>.Ok(item) : Outcome<ContentItem>.Refused([.. result.Errors]);
    }

    public async Task<string?> DirectPublishRefusalAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await PassAsync(item, cancellationToken) is { } pass ? DirectPublishRefusal(pass.Instance, pass.Flow) : null;

    /// <summary>While an item waits for review or publication, only those who may act on it now save new versions.</summary>
    public async Task<string?> EditRefusalAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await PassAsync(item, cancellationToken) is { } pass
            ? EditRefusal(pass.Instance, pass.Flow, await queries.ActionsForAsync(pass.Flow, pass.Instance, user, cancellationToken))
            : null;

    public async Task<ContentWorkflowStatus> StatusAsync(ContentItem item, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await PassAsync(item, cancellationToken) is not { } pass)
        {
            var (_, current) = await definitions.CurrentAsync(cancellationToken);
            return new ContentWorkflowStatus(null, await queries.CanSubmitAsync(item, null, current, [], user), null, null, []);
        }
        var actions = await queries.ActionsForAsync(pass.Flow, pass.Instance, user, cancellationToken);
        return new ContentWorkflowStatus(
            T[pass.Flow.State(pass.Instance.State)?.Name ?? pass.Instance.State].Value,
            await queries.CanSubmitAsync(item, pass.Instance, pass.Flow, actions, user),
            EditRefusal(pass.Instance, pass.Flow, actions),
            DirectPublishRefusal(pass.Instance, pass.Flow),
            actions.Select(a => T[ApprovalActions.Name(a)].Value).ToList());
    }

    private async Task<(WorkflowInstance Instance, ApprovalDefinition Flow)?> PassAsync(ContentItem item, CancellationToken cancellationToken) =>
        await workflow.ActiveAsync(item.Id, cancellationToken) is { } instance
            ? (instance, await definitions.VersionAsync(instance.DefinitionVersion, cancellationToken))
            : null;

    private string DirectPublishRefusal(WorkflowInstance instance, ApprovalDefinition flow) =>
        T["Nội dung đang trong quy trình duyệt (bước “{0}”): hãy đăng, hẹn giờ hoặc gỡ tại màn hình quy trình duyệt để bước được ghi lại.", T[flow.State(instance.State)?.Name ?? instance.State].Value];

    private string? EditRefusal(WorkflowInstance instance, ApprovalDefinition flow, IReadOnlyList<string> actions) =>
        flow.State(instance.State) is { Status: ContentStatus.Submitted or ContentStatus.Approved } state && !actions.Any(ApprovalEngine.IsWork)
            ? T["Nội dung đang ở bước “{0}”: chỉ người xử lý bước này được sửa. Nếu cần sửa, hãy đề nghị trả lại để bổ sung.", T[state.Name].Value].Value
            : null;

    public string ItemUrl(int contentItemId) => $"~/admin/approval/{contentItemId}";
}
