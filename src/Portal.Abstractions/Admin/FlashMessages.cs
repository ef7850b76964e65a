using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Portal.Abstractions.Admin;

/// <summary>
/// A one-line message for the next page (post, redirect, get), kept in TempData. The admin layout shows
/// <see cref="MessageKey"/>; list screens that can refuse (users, roles) show <see cref="ErrorKey"/>.
/// </summary>
public static class FlashMessages
{
    /// <summary>TempData key of a confirmation ("Đã lưu…").</summary>
    public const string MessageKey = "Message";

    /// <summary>TempData key of a refusal shown on the next page.</summary>
    public const string ErrorKey = "Error";

    /// <summary>Keeps <paramref name="message"/> as the confirmation of the next page.</summary>
    public static void Flash(this ITempDataDictionary tempData, string message) => tempData[MessageKey] = message;

    /// <summary>Keeps <paramref name="message"/> as the error of the next page.</summary>
    public static void FlashError(this ITempDataDictionary tempData, string message) => tempData[ErrorKey] = message;

    /// <summary>Keeps the reasons of a refusal, in one line, as the error of the next page.</summary>
    public static void FlashErrors(this ITempDataDictionary tempData, IEnumerable<string> messages) =>
        tempData.FlashError(string.Join(" ", messages));

    /// <summary>Keeps <paramref name="message"/> as the confirmation of the next page.</summary>
    public static void Flash(this Controller controller, string message) => controller.TempData.Flash(message);

    /// <summary>Keeps <paramref name="message"/> as the error of the next page.</summary>
    public static void FlashError(this Controller controller, string message) => controller.TempData.FlashError(message);

    /// <summary>The confirmation kept for this page, if any (reading it removes it).</summary>
    public static string? FlashedMessage(this ITempDataDictionary tempData) => tempData[MessageKey] as string;

    /// <summary>The error kept for this page, if any (reading it removes it).</summary>
    public static string? FlashedError(this ITempDataDictionary tempData) => tempData[ErrorKey] as string;
}
