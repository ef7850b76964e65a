namespace Portal.Abstractions.Jobs;

/// <summary>A recurring job a module asks for in each tenant where it is enabled.</summary>
/// <param name="Name">Unique name, e.g. "Backups.Weekly".</param>
/// <param name="DisplayName">Vietnamese label for the jobs page.</param>
/// <param name="JobType">A class implementing <see cref="IJob"/>, registered in DI.</param>
/// <param name="DefaultCron">Five-field cron expression, evaluated in Asia/Ho_Chi_Minh.</param>
public sealed record RecurringJobDefinition(string Name, string DisplayName, Type JobType, string DefaultCron);
