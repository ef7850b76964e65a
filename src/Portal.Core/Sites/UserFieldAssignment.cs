namespace Portal.Core.Sites;

/// <summary>A board member responsible for a field.</summary>
public sealed class UserFieldAssignment
{
    public string UserId { get; set; } = "";
    public int FieldId { get; set; }
}
