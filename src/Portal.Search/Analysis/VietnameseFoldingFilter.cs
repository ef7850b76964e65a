using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Portal.Search.Analysis;

/// <summary>Rewrites each token in place to its exact or folded spelling (<see cref="VietnameseFolding"/>), without allocating.</summary>
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
        var buffer = _term.Buffer;
        if (_fold)
        {
            _term.Length = VietnameseFolding.FoldInPlace(buffer, _term.Length);
        }
        else
        {
            VietnameseFolding.LowerInPlace(buffer, _term.Length);
        }
        return true;
    }
}
