namespace Portal.Core.Email;

/// <summary>Sends a message; by default written as an .eml file when no SMTP server is configured.</summary>
public interface IEmailSender
{
    Task SendAsync(string to, string subject, string htmlBody, CancellationToken cancellationToken = default);
}
