#include "PageTranslator.h"

#include <QTranslator>

namespace mcpauth {

PageTranslator::PageTranslator(const QString& tag, std::shared_ptr<const QTranslator> translator)
    : m_tag(tag)
    , m_translator(std::move(translator))
{ }

QString PageTranslator::translate(const char* sourceText) const
{
    if (m_translator) {
        const QString text = m_translator->translate("AuthPages", sourceText);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(sourceText);
}

QString PageTranslator::translate(const QString& sourceText) const
{
    return translate(sourceText.toUtf8().constData());
}

QString PageTranslator::translate(const char* sourceText, const QStringList& args) const
{
    const QString text = translate(sourceText);
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'%' && i + 1 < text.size() && text.at(i + 1).isDigit()) {
            const int index = text.at(i + 1).digitValue();
            if (index >= 1 && index <= args.size()) {
                out += args.at(index - 1);
                ++i;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

} // namespace mcpauth
