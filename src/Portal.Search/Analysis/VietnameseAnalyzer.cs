using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Portal.Search.Analysis;

/// <summary>
/// Vietnamese analysis without a dictionary: a syllable is a word (Unicode word breaks split on spaces
/// and punctuation), spelled exact or folded by the field's suffix; "_pairs" fields hold folded two-syllable
/// shingles, so "trường học" as a pair outranks "trường" and "học" far apart. Text reaches the analyzer
/// already converted from TCVN3/VNI and in NFC (<see cref="Indexing.SearchText"/>), queries the same way.
/// </summary>
public sealed class VietnameseAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public VietnameseAnalyzer() : base(PER_FIELD_REUSE_STRATEGY)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader) { MaxTokenLength = 64 };
        TokenStream stream = new VietnameseFoldingFilter(tokenizer, fold: !fieldName.EndsWith(SearchFields.ExactSuffix, StringComparison.Ordinal));
        if (fieldName.EndsWith(SearchFields.PairsSuffix, StringComparison.Ordinal))
        {
            var shingles = new ShingleFilter(stream, 2, 2);
            shingles.SetOutputUnigrams(false);
            stream = shingles;
        }
        return new TokenStreamComponents(tokenizer, stream);
    }
}
