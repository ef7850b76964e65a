using Portal.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal(PortalModules.All);

var app = builder.Build();
app.UsePortal();
app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
