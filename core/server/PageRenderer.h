#pragma once

#include "PageTranslator.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace mcpauth {

// Renders the authorization server's HTML pages from the templates compiled into the core
// (resources/pages/*.html, Qt resource prefix /pages). Template syntax:
//   {{tr:Sign in}}                 translated (context "AuthPages") and HTML-escaped
//   {{tr:Continue to %1|*app}}     the same, with %1.. replaced by escaped values (* = in <strong>)
//   {{name}}                       a value, HTML-escaped
//   {{{name}}}                     a fragment this class rendered itself (never user input)
//   {{#name}}...{{/name}}          shown when the value or fragment is not empty
//   {{^name}}...{{/name}}          shown when it is empty
//   {{>brand}}                     another template (brand.html) rendered in place
// Every page gets {{lang}} (the language's tag) and {{{style}}} (pages/style.css). The texts are in
// the language of the PageTranslator given, which the endpoint chooses by Accept-Language.
class PageRenderer
{
public:
    using Values = QHash<QString, QString>;

    // A whole page or a fragment ("scope-item"), by template name without ".html".
    [[nodiscard]] static QString render(
        const QString& name, const PageTranslator& language, const Values& values, const Values& fragments = {});
    [[nodiscard]] static QByteArray renderPage(
        const QString& name, const PageTranslator& language, const Values& values, const Values& fragments = {});

    // For the tests: every {{tr:...}} text in the templates, and the list lupdate sees.
    [[nodiscard]] static QStringList templateStrings();
    [[nodiscard]] static QStringList declaredStrings();
};

} // namespace mcpauth
