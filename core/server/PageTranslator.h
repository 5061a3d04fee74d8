#pragma once

#include <QString>
#include <QStringList>
#include <memory>

class QTranslator;

namespace mcpauth {

// The texts of the login, consent and error pages in one language (context "AuthPages"). The
// default is English, the language the source texts are written in. Cheap to copy; the translator
// it holds is shared and never changes.
class PageTranslator
{
public:
    PageTranslator() = default;
    PageTranslator(const QString& tag, std::shared_ptr<const QTranslator> translator);

    // The BCP 47 language tag: the pages' lang attribute and Content-Language.
    [[nodiscard]] const QString& tag() const { return m_tag; }
    // The translation of a source text marked with QT_TRANSLATE_NOOP("AuthPages", ...), or the source
    // text itself when this language has none.
    [[nodiscard]] QString translate(const char* sourceText) const;
    [[nodiscard]] QString translate(const QString& sourceText) const;
    // The same, with %1, %2... replaced by `args` in one pass, so that a value holding "%2" is
    // never substituted again.
    [[nodiscard]] QString translate(const char* sourceText, const QStringList& args) const;

private:
    QString m_tag = QStringLiteral("en");
    std::shared_ptr<const QTranslator> m_translator;
};

} // namespace mcpauth
