namespace Editorial.Approval.ViewModels;

/// <summary>The board's overview: items per state, overdue items, average time spent in each state.</summary>
public sealed record DashboardViewModel(IReadOnlyList<(string State, int Count, int Overdue)> ByState, IReadOnlyList<(string State, double AverageHours, int Steps)> TimePerState);
