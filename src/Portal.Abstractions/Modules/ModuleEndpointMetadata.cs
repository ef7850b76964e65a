namespace Portal.Abstractions.Modules;

/// <summary>Endpoint metadata naming the module that owns an endpoint, so disabled modules answer 404.</summary>
public sealed record ModuleEndpointMetadata(string ModuleId);
