using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Core.Email;
using Portal.Core.Hosting;

namespace Portal.UnitTests.Email;

/// <summary>Queued mail is sent in order beside the request, and one failing message does not stop the others.</summary>
public sealed class BackgroundEmailTests
{
    [Fact]
    public async Task QueuedMessages_ShouldAllBeSent_InOrder_EvenAfterOneFails()
    {
        var sender = new RecordingSender(failFor: "loi@xa.vn");
        using var services = new ServiceCollection().AddSingleton<IEmailSender>(sender).BuildServiceProvider();
        using var queue = new BackgroundEmail(services.GetRequiredService<IServiceScopeFactory>(), NullLogger<BackgroundEmail>.Instance, Supervisor());
        await queue.StartAsync(CancellationToken.None);

        queue.Enqueue("a@xa.vn", "Một", "<p>1</p>");
        queue.Enqueue("loi@xa.vn", "Hai", "<p>2</p>");
        queue.Enqueue("b@xa.vn", "Ba", "<p>3</p>");
        await queue.WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["a@xa.vn", "loi@xa.vn", "b@xa.vn"], sender.Tried);
        await queue.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task WhenIdle_ShouldBeComplete_WithNothingQueued()
    {
        using var services = new ServiceCollection().AddSingleton<IEmailSender>(new RecordingSender(null)).BuildServiceProvider();
        using var queue = new BackgroundEmail(services.GetRequiredService<IServiceScopeFactory>(), NullLogger<BackgroundEmail>.Instance, Supervisor());

        Assert.True(queue.WhenIdleAsync().IsCompleted);
        queue.Enqueue("a@xa.vn", "Một", "<p>1</p>");
        Assert.False(queue.WhenIdleAsync().IsCompleted);
    }

    private static BackgroundServiceSupervisor Supervisor() =>
        new(new BackgroundServiceHealth(TimeProvider.System), Microsoft.Extensions.Options.Options.Create(new BackgroundServiceOptions()), NullLoggerFactory.Instance);

    private sealed class RecordingSender(string? failFor) : IEmailSender
    {
        public List<string> Tried { get; } = [];

        public Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken = default)
        {
            Tried.Add(to);
            return to == failFor ? Task.FromException(new IOException("Máy chủ thư không trả lời")) : Task.CompletedTask;
        }
    }
}
