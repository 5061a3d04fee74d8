#include "PageRenderer.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace mcpauth {

namespace {

// Every {{tr:...}} text of resources/pages, so that lupdate finds them (it does not read the HTML).
// tst_authorize checks that this list and the templates agree.
const char* const kPageStrings[] = {
    QT_TRANSLATE_NOOP("AuthPages", "MCP Auth Console"),
    QT_TRANSLATE_NOOP("AuthPages", "Authorization server at %1"),
    QT_TRANSLATE_NOOP("AuthPages", "Sign in"),
    QT_TRANSLATE_NOOP("AuthPages", "to continue to %1"),
    QT_TRANSLATE_NOOP("AuthPages", "Username"),
    QT_TRANSLATE_NOOP("AuthPages", "Password"),
    QT_TRANSLATE_NOOP("AuthPages", "Continue only if you started signing in from %1 yourself."),
    QT_TRANSLATE_NOOP("AuthPages", "Allow access?"),
    QT_TRANSLATE_NOOP("AuthPages", "%1 wants to access %2"),
    QT_TRANSLATE_NOOP("AuthPages", "Signed in as %1."),
    QT_TRANSLATE_NOOP("AuthPages", "After you decide, you will be sent to:"),
    QT_TRANSLATE_NOOP("AuthPages", "This is an application on this computer."),
    QT_TRANSLATE_NOOP("AuthPages", "It will be able to:"),
    QT_TRANSLATE_NOOP("AuthPages", "Not granted, because only administrators can allow it:"),
    QT_TRANSLATE_NOOP("AuthPages",
        "This application identified itself with a metadata document published at %1. Allow access only if you "
        "recognise that address."),
    QT_TRANSLATE_NOOP("AuthPages", "Deny"),
    QT_TRANSLATE_NOOP("AuthPages", "Allow"),
    QT_TRANSLATE_NOOP("AuthPages", "You can withdraw this permission at any time in MCP Auth Console."),
    QT_TRANSLATE_NOOP("AuthPages", "Sign-in error"),
    QT_TRANSLATE_NOOP("AuthPages", "This sign-in cannot continue"),
    QT_TRANSLATE_NOOP("AuthPages", "Error code: %1"),
    QT_TRANSLATE_NOOP("AuthPages",
        "Return to the application and start again. If this keeps happening, show this page to your "
        "administrator."),
};

QString loadTemplate(const QString& name)
{
    QFile file(QStringLiteral(":/pages/%1").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcServer).noquote() << "The page template" << name << "is missing from the resources";
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

class Renderer
{
public:
    Renderer(const PageTranslator& language, const PageRenderer::Values& values, const PageRenderer::Values& fragments)
        : m_language(language)
        , m_values(values)
        , m_fragments(fragments)
    { }

    QString render(const QString& text, int depth = 0) const
    {
        if (depth > 8)
            return {};
        QString out;
        out.reserve(text.size() * 2);
        qsizetype pos = 0;
        while (pos < text.size()) {
            const qsizetype open = text.indexOf(QStringLiteral("{{"), pos);
            if (open < 0) {
                out += QStringView(text).mid(pos);
                break;
            }
            out += QStringView(text).mid(pos, open - pos);
            if (text.mid(open, 3) == QLatin1String("{{{")) {
                const qsizetype close = text.indexOf(QStringLiteral("}}}"), open + 3);
                if (close < 0)
                    break;
                out += fragment(text.mid(open + 3, close - open - 3).trimmed());
                pos = close + 3;
                continue;
            }
            const qsizetype close = text.indexOf(QStringLiteral("}}"), open + 2);
            if (close < 0)
                break;
            const QString tag = text.mid(open + 2, close - open - 2);
            pos = close + 2;
            if (tag.startsWith(QLatin1Char('#')) || tag.startsWith(QLatin1Char('^'))) {
                const QString name = tag.mid(1).trimmed();
                const QString end = QStringLiteral("{{/%1}}").arg(name);
                const qsizetype endAt = text.indexOf(end, pos);
                if (endAt < 0)
                    break;
                const bool shown = isSet(name) == tag.startsWith(QLatin1Char('#'));
                if (shown)
                    out += render(text.mid(pos, endAt - pos), depth + 1);
                pos = endAt + end.size();
            } else if (tag.startsWith(QLatin1Char('>'))) {
                out += render(loadTemplate(tag.mid(1).trimmed() + QStringLiteral(".html")), depth + 1);
            } else if (tag.startsWith(QLatin1String("tr:"))) {
                out += translated(tag.mid(3));
            } else {
                out += m_values.value(tag.trimmed()).toHtmlEscaped();
            }
        }
        return out;
    }

private:
    bool isSet(const QString& name) const
    {
        return !m_values.value(name).isEmpty() || !m_fragments.value(name).isEmpty();
    }

    QString fragment(const QString& name) const
    {
        if (name == QLatin1String("style"))
            return loadTemplate(QStringLiteral("style.css"));
        return m_fragments.value(name);
    }

    QString translated(const QString& spec) const
    {
        const QStringList parts = spec.split(QLatin1Char('|'));
        QString text = m_language.translate(parts.first()).toHtmlEscaped();
        // One pass over the placeholders, so that a value containing "%2" is never substituted again.
        QString out;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'%' && i + 1 < text.size() && text.at(i + 1).isDigit()) {
                const int index = text.at(i + 1).digitValue();
                if (index >= 1 && index < parts.size()) {
                    QString key = parts.at(index).trimmed();
                    const bool strong = key.startsWith(QLatin1Char('*'));
                    if (strong)
                        key.remove(0, 1);
                    const QString value = m_values.value(key).toHtmlEscaped();
                    out += strong ? QStringLiteral("<strong>%1</strong>").arg(value) : value;
                    ++i;
                    continue;
                }
            }
            out += text.at(i);
        }
        return out;
    }

    const PageTranslator& m_language;
    const PageRenderer::Values& m_values;
    const PageRenderer::Values& m_fragments;
};

} // namespace

QString PageRenderer::render(
    const QString& name, const PageTranslator& language, const Values& values, const Values& fragments)
{
    Values all = values;
    all.insert(QStringLiteral("lang"), language.tag());
    return Renderer(language, all, fragments).render(loadTemplate(name + QStringLiteral(".html")));
}

QByteArray PageRenderer::renderPage(
    const QString& name, const PageTranslator& language, const Values& values, const Values& fragments)
{
    return render(name, language, values, fragments).toUtf8();
}

QStringList PageRenderer::templateStrings()
{
    QStringList out;
    const QStringList files = QDir(QStringLiteral(":/pages")).entryList({QStringLiteral("*.html")}, QDir::Files);
    for (const QString& file : files) {
        const QString text = loadTemplate(file);
        qsizetype pos = 0;
        while ((pos = text.indexOf(QStringLiteral("{{tr:"), pos)) >= 0) {
            const qsizetype close = text.indexOf(QStringLiteral("}}"), pos);
            if (close < 0)
                break;
            const QString source = text.mid(pos + 5, close - pos - 5).section(QLatin1Char('|'), 0, 0);
            if (!out.contains(source))
                out << source;
            pos = close + 2;
        }
    }
    return out;
}

QStringList PageRenderer::declaredStrings()
{
    QStringList out;
    for (const char* text : kPageStrings)
        out << QString::fromUtf8(text);
    return out;
}

} // namespace mcpauth
