using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Portal.Search.Analysis;

/// <summary>Rewrites each token to its exact or folded spelling (<see cref="VietnameseFolding"/>).</summary>
public sealed class VietnameseFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly bool _fold;

    public VietnameseFoldingFilter(TokenStream input, bool fold) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _fold = fold;
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var text = _term.ToString();
        var rewritten = _fold ? VietnameseFolding.Fold(text) : VietnameseFolding.Exact(text);
        if (!string.Equals(text, rewritten, StringComparison.Ordinal))
        {
            _term.SetEmpty().Append(rewritten);
        }
        return true;
    }
}
