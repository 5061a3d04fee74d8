#pragma once

#include "PageTranslator.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mcpauth {

// The languages the authorization pages are available in, and the choice among them for a request's
// Accept-Language (RFC 9110 section 12.5.4, matched with RFC 4647 section 3.4 lookup). English, the
// source language, is always there; every other language is a compiled Qt Linguist file named
// mcpauth_pages_<tag>.qm in the resource directory :/i18n/pages (the languages the product ships, and
// any a test program adds to its own resources).
class PageTranslations
{
public:
    explicit PageTranslations(const QString& directory = QStringLiteral(":/i18n/pages"));

    // "en" first, then the loaded tags.
    [[nodiscard]] QStringList languages() const;
    // The first language range of the header, by descending q, that one of ours matches; English when
    // none does.
    [[nodiscard]] const PageTranslator& choose(const QByteArray& acceptLanguage) const;
    // The well-formed language ranges of an Accept-Language header, most wanted first; q=0 and
    // malformed entries are left out.
    [[nodiscard]] static QStringList preferences(const QByteArray& acceptLanguage);

private:
    [[nodiscard]] const PageTranslator* find(const QString& tag) const;

    PageTranslator m_english;
    QList<PageTranslator> m_languages;
};

} // namespace mcpauth
