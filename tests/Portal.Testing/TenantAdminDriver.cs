using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenancy;

namespace Portal.Testing;

/// <summary>Drives /admin/tenants as the operator would, and looks at what it left on disk and in the registry.</summary>
public sealed class TenantAdminDriver(PortalFactory factory)
{
    public const string AdminPassword = "Bao-Mat@2026!";

    /// <summary>A client signed in as the operator on the host tenant (root "/").</summary>
    public async Task<PortalClient> OperatorAsync()
    {
        var client = factory.ClientFor(null);
        var login = await client.LoginAsync(PortalFactory.OperatorUser, PortalFactory.OperatorPassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    /// <summary>The create form's fields for a valid tenant; tests override one field to make it invalid.</summary>
    public static Dictionary<string, string> ValidForm(string name, string template = "commune") => new()
    {
        ["DisplayName"] = $"Trang thông tin điện tử {name}",
        ["Name"] = name,
        ["UrlPrefix"] = name,
        ["HostNames"] = "",
        ["Template"] = template,
        ["AdminUserName"] = "quantri",
        ["AdminFullName"] = "Nguyễn Văn Quản",
        ["AdminEmail"] = $"quantri@{name}.example.vn",
        ["AdminPassword"] = AdminPassword,
    };

    public static Task<HttpResponseMessage> SubmitCreateAsync(PortalClient client, IDictionary<string, string> fields) =>
        client.PostFormAsync("admin/tenants/create", "admin/tenants/create", fields);

    public async Task CreateAsync(PortalClient client, IDictionary<string, string> fields)
    {
        var response = await SubmitCreateAsync(client, fields);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Create answered {(int)response.StatusCode}:\n{body}");
    }

    /// <summary>Posts one of the detail page's forms (suspend, resume, delete, purge).</summary>
    public static Task<HttpResponseMessage> PostActionAsync(PortalClient client, string name, string action, params (string Key, string Value)[] fields) =>
        client.PostFormAsync($"admin/tenants/{name}/details", $"admin/tenants/{name}/{action}", fields);

    public string TenantFolder(string name) => Path.Combine(factory.AppData, "tenants", name);

    public string DeletedFolder => Path.Combine(factory.AppData, "deleted");

    public async Task<TenantRecord?> RegistryRowAsync(string name)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HostDbContext>();
        return await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Name == name);
    }

    public async Task<int> RegistryCountAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<HostDbContext>().Tenants.CountAsync();
    }

    /// <summary>Reads a single column straight from the tenant's own SQLite file, bypassing the app's services.</summary>
    public List<string> ReadColumn(string tenantName, string sql)
    {
        var file = Path.Combine(TenantFolder(tenantName), "portal.db");
        Assert.True(File.Exists(file), $"No database file at {file}");
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }
}
