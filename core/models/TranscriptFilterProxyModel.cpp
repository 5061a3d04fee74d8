#include "TranscriptFilterProxyModel.h"

#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <array>

namespace mcpauth {

namespace {

bool isAscii(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// UTF-8 bytes searched for a lower-case ASCII needle, ignoring ASCII case: a multi-byte character never
// matches an ASCII byte, so no body has to be decoded. A plain loop over a folding table: bodies add
// up to tens of megabytes in a long session, and this runs once per filter change over all of them.
bool bytesContain(QByteArrayView haystack, QByteArrayView lowerNeedle)
{
    static const auto fold = [] {
        std::array<char, 256> table{};
        for (int c = 0; c < 256; ++c)
            table[c] = char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        return table;
    }();
    const qsizetype n = lowerNeedle.size();
    if (n == 0)
        return true;
    const char* h = haystack.data();
    const char* needle = lowerNeedle.data();
    const char first = needle[0];
    for (qsizetype i = 0, last = haystack.size() - n; i <= last; ++i) {
        if (fold[uchar(h[i])] != first)
            continue;
        qsizetype k = 1;
        while (k < n && fold[uchar(h[i + k])] == needle[k])
            ++k;
        if (k == n)
            return true;
    }
    return false;
}

} // namespace

TranscriptFilterProxyModel::TranscriptFilterProxyModel(QObject* parent)
    : QAbstractProxyModel(parent)
{ }

void TranscriptFilterProxyModel::setSourceModel(QAbstractItemModel* source)
{
    auto* transcriptModel = qobject_cast<TranscriptTableModel*>(source);
    Q_ASSERT_X(!source || transcriptModel, "TranscriptFilterProxyModel", "the source must be a TranscriptTableModel");
    beginResetModel();
    ++m_generation;
    m_pending = false;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(transcriptModel);
    m_source = transcriptModel;
    if (m_source) {
        connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this,
            &TranscriptFilterProxyModel::onSourceAboutToBeReset);
        connect(m_source, &QAbstractItemModel::modelReset, this, &TranscriptFilterProxyModel::onSourceReset);
        connect(m_source, &QAbstractItemModel::rowsInserted, this, &TranscriptFilterProxyModel::onRowsInserted);
        connect(m_source, &QAbstractItemModel::dataChanged, this, &TranscriptFilterProxyModel::onDataChanged);
        // The transcript model only appends and resets; anything else is answered by filtering again.
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, &TranscriptFilterProxyModel::refilter);
        connect(m_source, &QAbstractItemModel::rowsMoved, this, &TranscriptFilterProxyModel::refilter);
        connect(m_source, &QAbstractItemModel::layoutChanged, this, &TranscriptFilterProxyModel::refilter);
    }
    m_rows = acceptedRows(0, m_source ? m_source->rowCount() - 1 : -1);
    endResetModel();
}

void TranscriptFilterProxyModel::setText(const QString& text)
{
    if (text == m_criteria.text)
        return;
    m_criteria.text = text;
    m_criteria.asciiText = isAscii(text) ? text.toLower().toLatin1() : QByteArray();
    refilter();
}

void TranscriptFilterProxyModel::setKind(std::optional<TranscriptEvent::Kind> kind)
{
    if (kind == m_criteria.kind)
        return;
    m_criteria.kind = kind;
    refilter();
}

void TranscriptFilterProxyModel::setStatus(StatusFilter status)
{
    if (status == m_criteria.status)
        return;
    m_criteria.status = status;
    refilter();
}

QModelIndex TranscriptFilterProxyModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= m_rows.size())
        return {};
    return m_source->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex TranscriptFilterProxyModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid() || sourceIndex.model() != m_source)
        return {};
    const auto found = std::lower_bound(m_rows.cbegin(), m_rows.cend(), sourceIndex.row());
    if (found == m_rows.cend() || *found != sourceIndex.row())
        return {};
    return createIndex(int(found - m_rows.cbegin()), sourceIndex.column());
}

QModelIndex TranscriptFilterProxyModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex TranscriptFilterProxyModel::parent(const QModelIndex&) const
{
    return {};
}

int TranscriptFilterProxyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TranscriptFilterProxyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

bool TranscriptFilterProxyModel::Criteria::accepts(
    const TranscriptEvent& e, TranscriptTableModel::StatusClass statusClass, const QByteArray& searchHead) const
{
    if (kind && e.kind != *kind)
        return false;
    if (status != StatusFilter::Any) {
        using SC = TranscriptTableModel::StatusClass;
        const bool problem
            = statusClass == SC::ClientError || statusClass == SC::ServerError || statusClass == SC::Failure;
        if (status == StatusFilter::Problems ? !problem : statusClass != SC::Success)
            return false;
    }
    return text.isEmpty() || textMatches(e, searchHead);
}

bool TranscriptFilterProxyModel::Criteria::textMatches(const TranscriptEvent& e, const QByteArray& searchHead) const
{
    if (!asciiText.isEmpty()) {
        return bytesContain(searchHead, asciiText) || bytesContain(e.request.body, asciiText)
            || (e.response && bytesContain(e.response->body, asciiText));
    }
    // Text beyond ASCII: compared as strings, with Unicode case folding.
    const auto has = [this](const QString& field) { return field.contains(text, Qt::CaseInsensitive); };
    return has(QString::fromUtf8(searchHead)) || has(QString::fromUtf8(e.request.body))
        || (e.response && has(QString::fromUtf8(e.response->body)));
}

QList<int> TranscriptFilterProxyModel::acceptedRows(
    const Criteria& criteria, const QList<TranscriptEvent>& events, const RowFacts& facts, int from, int to)
{
    QList<int> rows;
    rows.reserve(to - from + 1);
    const bool everything = criteria.acceptsAll();
    for (int row = from; row <= to; ++row) {
        if (everything
            || criteria.accepts(events.at(row), TranscriptTableModel::StatusClass(facts.statusClasses.at(row)),
                facts.searchHeads.at(row)))
            rows.append(row);
    }
    return rows;
}

QList<int> TranscriptFilterProxyModel::acceptedRows(int from, int to) const
{
    if (!m_source || !m_source->transcript() || to < from)
        return {};
    return acceptedRows(m_criteria, m_source->transcript()->events(),
        RowFacts{m_source->statusClasses(), m_source->searchHeads()}, from, to);
}

void TranscriptFilterProxyModel::refilter()
{
    const quint64 generation = ++m_generation;
    const int total = m_source ? m_source->rowCount() : 0;
    if (total < kSynchronousRows || m_criteria.acceptsAll()) {
        m_pending = false;
        beginResetModel();
        m_rows = acceptedRows(0, total - 1);
        endResetModel();
        return;
    }
    // The events and their row facts are implicitly shared copies: appends made meanwhile detach the
    // transcript's list, never these. Two halves, one per core; the second on the calling worker.
    m_pending = true;
    const QList<TranscriptEvent> events = m_source->transcript()->events();
    const RowFacts facts{m_source->statusClasses(), m_source->searchHeads()};
    const Criteria criteria = m_criteria;
    QtConcurrent::run([events, facts, criteria, total] {
        const int middle = total / 2;
        QFuture<QList<int>> head
            = QtConcurrent::run([&] { return acceptedRows(criteria, events, facts, 0, middle - 1); });
        const QList<int> tail = acceptedRows(criteria, events, facts, middle, total - 1);
        QList<int> rows = head.result();
        rows.append(tail);
        return rows;
    }).then(this, [this, generation, total](QList<int> rows) {
        if (generation != m_generation)
            return; // a newer filter change is on its way
        if (m_source)
            rows.append(acceptedRows(total, m_source->rowCount() - 1)); // arrived meanwhile
        m_pending = false;
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        Q_EMIT filtered();
    });
}

void TranscriptFilterProxyModel::onSourceAboutToBeReset()
{
    ++m_generation; // a filter change under way worked on rows that are going away
    m_pending = false;
    m_resetting = true;
    beginResetModel();
}

void TranscriptFilterProxyModel::onSourceReset()
{
    m_rows = acceptedRows(0, m_source->rowCount() - 1);
    if (m_resetting) {
        m_resetting = false;
        endResetModel();
    }
}

void TranscriptFilterProxyModel::onRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid() || m_pending)
        return; // a pending filter change takes the new rows when it ends
    if (!m_rows.isEmpty() && first <= m_rows.constLast()) {
        refilter(); // not an append
        return;
    }
    const QList<int> added = acceptedRows(first, last);
    if (added.isEmpty())
        return;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at + int(added.size()) - 1);
    m_rows.append(added);
    endInsertRows();
}

void TranscriptFilterProxyModel::onDataChanged(
    const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    if (m_pending)
        return;
    const auto first = std::lower_bound(m_rows.cbegin(), m_rows.cend(), topLeft.row());
    const auto last = std::upper_bound(m_rows.cbegin(), m_rows.cend(), bottomRight.row());
    if (first == last)
        return;
    Q_EMIT dataChanged(createIndex(int(first - m_rows.cbegin()), topLeft.column()),
        createIndex(int(last - m_rows.cbegin()) - 1, bottomRight.column()), roles);
}

} // namespace mcpauth
