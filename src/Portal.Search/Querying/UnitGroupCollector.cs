using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Portal.Search.Analysis;

namespace Portal.Search.Querying;

/// <summary>
/// Collects a host-index search by unit in one pass: for each hit it reads the unit from the document's
/// doc values and keeps, per unit, the count and the best few hits. Units not in <c>slots</c> (not active,
/// or not fully indexed yet) are skipped, so their documents never reach a page.
/// </summary>
internal sealed class UnitGroupCollector : ICollector
{
    private readonly IReadOnlyDictionary<string, int> _slots;
    private readonly BytesRef _bytes = new();
    private SortedDocValues? _units;
    private int[] _slotOfOrdinal = [];
    private int _docBase;
    private Scorer? _scorer;

    /// <param name="slots">Each unit searched, by name, and its index in <see cref="Groups"/>.</param>
    public UnitGroupCollector(IReadOnlyDictionary<string, int> slots, int hitsPerUnit)
    {
        _slots = slots;
        Groups = new UnitTop[slots.Count];
        for (var i = 0; i < Groups.Length; i++)
        {
            Groups[i] = new UnitTop(hitsPerUnit);
        }
    }

    public UnitTop[] Groups { get; }

    /// <summary>Order does not matter: each unit keeps its best hits whatever order they arrive in (ties go to the lower document).</summary>
    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _units = context.AtomicReader.GetSortedDocValues(SearchFields.Unit);
        if (_units is null)
        {
            return;
        }
        // Ordinals are per segment: map each segment's few hundred unit names to slots once, not per hit.
        _slotOfOrdinal = new int[_units.ValueCount];
        for (var ord = 0; ord < _slotOfOrdinal.Length; ord++)
        {
            _units.LookupOrd(ord, _bytes);
            _slotOfOrdinal[ord] = _slots.TryGetValue(_bytes.Utf8ToString(), out var slot) ? slot : -1;
        }
    }

    public void Collect(int doc)
    {
        if (_units is null)
        {
            return;
        }
        var ord = _units.GetOrd(doc);
        if (ord < 0 || _slotOfOrdinal[ord] is var slot && slot < 0)
        {
            return;
        }
        Groups[slot].Add(_docBase + doc, _scorer!.GetScore());
    }
}

/// <summary>One unit's share of a host search: how many hits, and the best few, best first.</summary>
internal sealed class UnitTop(int size)
{
    private readonly float[] _scores = new float[size];
    private readonly int[] _docs = new int[size];
    private int _filled;

    public int Count { get; private set; }

    public float BestScore => _filled == 0 ? 0 : _scores[0];

    public IEnumerable<(int Doc, float Score)> Best => Enumerable.Range(0, _filled).Select(i => (_docs[i], _scores[i]));

    public void Add(int doc, float score)
    {
        Count++;
        // Insertion into a handful of places: cheaper than a priority queue at three.
        var at = _filled;
        while (at > 0 && Better(doc, score, _docs[at - 1], _scores[at - 1]))
        {
            at--;
        }
        if (at >= _scores.Length)
        {
            return;
        }
        var last = Math.Min(_filled, _scores.Length - 1);
        for (var i = last; i > at; i--)
        {
            _scores[i] = _scores[i - 1];
            _docs[i] = _docs[i - 1];
        }
        _scores[at] = score;
        _docs[at] = doc;
        _filled = Math.Min(_filled + 1, _scores.Length);
    }

    private static bool Better(int doc, float score, int otherDoc, float otherScore) => score > otherScore || (score == otherScore && doc < otherDoc);
}
