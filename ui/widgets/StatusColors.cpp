#include "StatusColors.h"

#include <QWidget>
#include <cmath>

namespace mcpauth {

namespace {

QColor baseColor(StatusColors::Kind kind)
{
    switch (kind) {
    case StatusColors::Kind::Error:
        return QColor(0xc0, 0x1c, 0x28);
    case StatusColors::Kind::Success:
        return QColor(0x26, 0x80, 0x3c);
    case StatusColors::Kind::Warning:
        return QColor(0xa0, 0x60, 0x00);
    case StatusColors::Kind::Info:
        return QColor(0x1c, 0x5f, 0xb8);
    case StatusColors::Kind::Message:
        return QColor(0x6a, 0x3d, 0x9a);
    }
    return {};
}

double luminance(const QColor& c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

double StatusColors::contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor StatusColors::color(Kind kind, const QColor& background)
{
    QColor c = baseColor(kind).toHsl();
    // On a dark background the hue is kept and the colour lightened; on a light one, darkened.
    const bool dark = luminance(background) < 0.18;
    for (int step = 0; step < 40 && contrast(c, background) < kMinimumContrast; ++step) {
        const int lightness = c.lightness() + (dark ? 8 : -8);
        c.setHsl(c.hslHue(), c.hslSaturation(), qBound(0, lightness, 255));
        if (lightness <= 0 || lightness >= 255)
            break;
    }
    return c.toRgb();
}

QColor StatusColors::color(Kind kind, const QPalette& palette, QPalette::ColorRole background)
{
    return color(kind, palette.color(QPalette::Active, background));
}

void StatusColors::apply(QWidget* widget, Kind kind)
{
    QPalette palette = widget->palette();
    const QColor colour = color(kind, palette, QPalette::Window);
    for (const auto group : {QPalette::Active, QPalette::Inactive})
        palette.setColor(group, QPalette::WindowText, colour);
    widget->setPalette(palette);
}

} // namespace mcpauth
