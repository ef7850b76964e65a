using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Portal.Core.Security;

/// <summary>
/// The request's Content-Security-Policy nonce: 128 random bits, fresh for every request, carried as an HttpContext
/// feature so the headers middleware, the views (<see cref="CspNonceTagHelper"/>) and the error pages all use the same one.
/// </summary>
public sealed class CspNonce
{
    private CspNonce(string value) => Value = value;

    public string Value { get; }

    /// <summary>The request's nonce, made on first use.</summary>
    public static CspNonce Of(HttpContext context)
    {
        var nonce = context.Features.Get<CspNonce>();
        if (nonce is null)
        {
            // Hex, not base64: "+" and "/" would be written as entities in the attribute (harmless to browsers, but the
            // header and the markup should read alike).
            nonce = new CspNonce(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
            context.Features.Set(nonce);
        }
        return nonce;
    }
}
