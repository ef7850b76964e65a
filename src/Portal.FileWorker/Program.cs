namespace Portal.FileWorker;

/// <summary>
/// Usage: Portal.FileWorker text &lt;pdf|docx&gt; &lt;file&gt; &lt;max characters&gt;. Exit codes: 0 the text is on standard
/// output (UTF-8); 2 the file is unreadable (the reason on standard error); 64 bad usage. Anything else (a stack
/// overflow, an out-of-memory abort, a kill) is a crash, which the parent also takes as "unreadable".
/// </summary>
/// <remarks>A class in a namespace, not top-level statements: those make a global Program that would clash with the web host's.</remarks>
internal static class Program
{
    public static int Main(string[] args) => TextCommand.Run(args, Console.OpenStandardOutput(), Console.Error);
}
