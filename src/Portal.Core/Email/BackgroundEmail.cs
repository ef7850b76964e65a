using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Core.Hosting;

namespace Portal.Core.Email;

/// <summary>
/// Courtesy mail sent after the request that caused it (workflow notices, reminders): writing or relaying a
/// message took about half of an editorial step's time, and an SMTP server would take far longer. The in-app
/// notice, written in the step's transaction, stays the record; like before, a failed message is logged and
/// not retried, and messages still queued when the process stops are lost. Password-reset links go this way too,
/// so the form answers as quickly for an account that exists as for one that does not.
/// </summary>
public sealed class BackgroundEmail(IServiceScopeFactory scopeFactory, ILogger<BackgroundEmail> logger,
    BackgroundServiceSupervisor supervisor) : SupervisedBackgroundService(supervisor)
{
    private readonly Channel<Message> _queue = Channel.CreateUnbounded<Message>(new UnboundedChannelOptions { SingleReader = true });
    private int _pending;
    private TaskCompletionSource _idle = Idle();

    /// <summary>Queues a message; returns at once.</summary>
    public void Enqueue(string to, string subject, string htmlBody)
    {
        lock (_queue)
        {
            if (_pending++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
        _queue.Writer.TryWrite(new Message(to, subject, htmlBody));
    }

    /// <summary>Completes once every message queued so far has been sent or has failed (tests read the pickup folder after it).</summary>
    public Task WhenIdleAsync()
    {
        lock (_queue)
        {
            return _idle.Task;
        }
    }

    public override string DisplayName => "Gửi thư";

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                using var scope = scopeFactory.CreateScope();
                await scope.ServiceProvider.GetRequiredService<IEmailSender>().SendAsync(message.To, message.Subject, message.HtmlBody, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Mail to {Recipient} failed", message.To);
            }
            finally
            {
                lock (_queue)
                {
                    if (--_pending == 0)
                    {
                        _idle.TrySetResult();
                    }
                }
            }
        }
    }

    private static TaskCompletionSource Idle()
    {
        var idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        idle.SetResult();
        return idle;
    }

    private sealed record Message(string To, string Subject, string HtmlBody);
}
