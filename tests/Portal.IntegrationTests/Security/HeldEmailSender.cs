using Portal.Core.Email;

namespace Portal.IntegrationTests.Security;

/// <summary>A mail server that takes every message but answers only once released — a slow SMTP server made certain.</summary>
public sealed class HeldEmailSender : IEmailSender
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _received;

    public int Received => Volatile.Read(ref _received);

    public void Release() => _released.TrySetResult();

    public async Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _received);
        await _released.Task.WaitAsync(cancellationToken);
    }
}
