#include "PageTranslations.h"

#include "common/Logging.h"

#include <QDir>
#include <QRegularExpression>
#include <QTranslator>
#include <algorithm>

namespace mcpauth {

namespace {

constexpr qsizetype kMaxHeader = 1024;
constexpr qsizetype kMaxRanges = 32;

const QString kPrefix = QStringLiteral("mcpauth_pages_");

// RFC 9110 section 12.4.2: qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ). -1 when malformed.
int parseQuality(const QByteArray& text)
{
    static const QRegularExpression rule(QStringLiteral("^(?:0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?)$"));
    const QString value = QString::fromLatin1(text);
    if (!rule.match(value).hasMatch())
        return -1;
    return qRound(value.toDouble() * 1000);
}

} // namespace

PageTranslations::PageTranslations(const QString& directory)
{
    const QDir dir(directory);
    const QStringList files = dir.entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString tag = file.mid(kPrefix.size()).chopped(3);
        auto translator = std::make_shared<QTranslator>();
        if (tag.isEmpty() || !translator->load(dir.filePath(file))) {
            qCWarning(lcServer).noquote() << "The page translation" << file << "could not be loaded";
            continue;
        }
        m_languages.append(PageTranslator(tag, std::move(translator)));
    }
}

QStringList PageTranslations::languages() const
{
    QStringList out{m_english.tag()};
    for (const PageTranslator& t : m_languages)
        out << t.tag();
    return out;
}

QStringList PageTranslations::preferences(const QByteArray& acceptLanguage)
{
    static const QRegularExpression range(QStringLiteral("^(?:\\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)$"));
    struct Weighted
    {
        QString range;
        int quality;
    };
    QList<Weighted> weighted;
    const QList<QByteArray> entries = acceptLanguage.left(kMaxHeader).split(',');
    for (const QByteArray& entry : entries) {
        if (weighted.size() >= kMaxRanges)
            break;
        const QList<QByteArray> parts = entry.split(';');
        const QString name = QString::fromLatin1(parts.first().trimmed());
        if (!range.match(name).hasMatch())
            continue;
        int quality = 1000;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed();
            if (parameter.startsWith("q=") || parameter.startsWith("Q="))
                quality = parseQuality(parameter.mid(2));
        }
        if (quality > 0)
            weighted.append({name, quality});
    }
    std::stable_sort(
        weighted.begin(), weighted.end(), [](const Weighted& a, const Weighted& b) { return a.quality > b.quality; });
    QStringList out;
    for (const Weighted& w : std::as_const(weighted))
        out << w.range;
    return out;
}

const PageTranslator* PageTranslations::find(const QString& tag) const
{
    if (tag.compare(m_english.tag(), Qt::CaseInsensitive) == 0)
        return &m_english;
    for (const PageTranslator& t : m_languages) {
        if (t.tag().compare(tag, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

const PageTranslator& PageTranslations::choose(const QByteArray& acceptLanguage) const
{
    for (const QString& wanted : preferences(acceptLanguage)) {
        if (wanted == QLatin1String("*"))
            return m_english;
        // RFC 4647 lookup: "en-XA-x-private" tries en-XA-x-private, en-XA, en; a single-letter subtag
        // left at the end is dropped with the subtag that followed it.
        QString candidate = wanted;
        while (!candidate.isEmpty()) {
            if (const PageTranslator* found = find(candidate))
                return *found;
            const qsizetype cut = candidate.lastIndexOf(u'-');
            candidate = cut > 0 ? candidate.left(cut) : QString();
            if (const qsizetype dash = candidate.lastIndexOf(u'-'); dash > 0 && dash == candidate.size() - 2)
                candidate = candidate.left(dash);
        }
    }
    return m_english;
}

} // namespace mcpauth
