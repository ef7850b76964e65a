namespace Editorial.Approval.Engine.Rules;

/// <summary>
/// One thing a step needs besides the right to take it, with the Vietnamese message the user reads when it is broken
/// (translated through the unit's catalogue). A broken rule means the step changes nothing.
/// </summary>
public interface IStepRule
{
    string Message { get; }

    bool IsBrokenBy(StepFacts facts);
}
