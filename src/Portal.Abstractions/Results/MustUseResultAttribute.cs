namespace Portal.Abstractions.Results;

/// <summary>
/// Marks an outcome type (done, refused, conflict…) whose value a caller must look at: a discarded one is how
/// "saved and published" was once shown while the publish had failed (issue 12 §9). <c>ResultUseTests</c> reads
/// the compiled code of every Portal assembly and fails on any call whose marked result is thrown away.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
public sealed class MustUseResultAttribute : Attribute;
