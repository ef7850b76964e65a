namespace Portal.Benchmarks;

/// <summary>Order statistics: the machines are shared and noisy, so reports use medians and percentiles.</summary>
public static class Stats
{
    public static double Percentile(IReadOnlyCollection<double> values, double percentile)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        var rank = percentile / 100 * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }

    public static double Median(IReadOnlyCollection<double> values) => Percentile(values, 50);
}
