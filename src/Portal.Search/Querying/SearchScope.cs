using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Search.Analysis;

namespace Portal.Search.Querying;

/// <summary>
/// Which documents a searcher may see. Readers see published versions. In the admin, someone who may edit
/// every item searches every latest version (drafts included); someone who may edit only their own searches
/// their own latest versions and everyone else's published versions; anyone else sees published versions only.
/// </summary>
public sealed record SearchScope(bool LatestOfAll, string? LatestOfOwner)
{
    public static SearchScope Public { get; } = new(false, null);

    public Query ToQuery()
    {
        if (LatestOfAll)
        {
            return new TermQuery(new Term(SearchFields.Scope, SearchFields.LatestScope));
        }
        if (LatestOfOwner is null)
        {
            return new TermQuery(new Term(SearchFields.Scope, SearchFields.PublicScope));
        }
        var owner = new Term(SearchFields.Owner, LatestOfOwner);
        return new BooleanQuery
        {
            {
                new BooleanQuery
                {
                    { new TermQuery(new Term(SearchFields.Scope, SearchFields.LatestScope)), Occur.MUST },
                    { new TermQuery(owner), Occur.MUST },
                },
                Occur.SHOULD
            },
            {
                new BooleanQuery
                {
                    { new TermQuery(new Term(SearchFields.Scope, SearchFields.PublicScope)), Occur.MUST },
                    { new TermQuery(owner), Occur.MUST_NOT },
                },
                Occur.SHOULD
            },
        };
    }
}
