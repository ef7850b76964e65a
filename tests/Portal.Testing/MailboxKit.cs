using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Portal.Core.Email;

namespace Portal.Testing;

/// <summary>Reads the .eml files the portal writes to App_Data/mail when no SMTP server is configured.</summary>
public static partial class MailboxKit
{
    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();

    public static string Folder(PortalFactory factory) => Path.Combine(factory.AppData, "mail");

    /// <summary>Mail is queued (BackgroundEmail); what was asked for so far is written before the folder is read.</summary>
    private static void WaitForQueue(PortalFactory factory) =>
        Assert.True(factory.Services.GetRequiredService<BackgroundEmail>().WhenIdleAsync().Wait(TimeSpan.FromSeconds(60)), "Queued mail was not sent within a minute.");

    public static int Count(PortalFactory factory)
    {
        WaitForQueue(factory);
        return Directory.Exists(Folder(factory)) ? Directory.GetFiles(Folder(factory), "*.eml").Length : 0;
    }

    /// <summary>The messages sent to <paramref name="address"/>, oldest first.</summary>
    public static List<MimeMessage> To(PortalFactory factory, string address)
    {
        WaitForQueue(factory);
        return !Directory.Exists(Folder(factory))
            ? []
            : Directory.GetFiles(Folder(factory), "*.eml").Order(StringComparer.Ordinal)
                .Select(f => MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
                .ToList();
    }

    public static string FirstLink(MimeMessage message)
    {
        var match = LinkPattern().Match(message.HtmlBody ?? "");
        Assert.True(match.Success, "The message holds no link.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }
}
