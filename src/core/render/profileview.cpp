#include "render/profileview.h"

#include "render/labels.h"
#include "render/templateresources.h"

namespace planverk {

namespace {

std::string s(const QString &q) { return q.toStdString(); }

nlohmann::json picture(PictureRole role, const Picture &p, bool forPrint)
{
    std::string src;
    if (forPrint)
        src = s(TemplateResources::planPictureUrl(role, p));
    else
        src = "data:" + s(p.type) + ";base64," + p.data.toBase64().toStdString();
    return {{"src", std::move(src)}, {"alt", s(p.alt)}};
}

} // namespace

QString keepPeriodsTogether(const QString &title)
{
    static const QChar wordJoiner(0x2060);
    QString out;
    out.reserve(title.size() + 4);
    for (qsizetype i = 0; i < title.size(); ++i) {
        out += title[i];
        const QChar c = title[i];
        const bool dash = c == QChar(0x2013) || c == QChar(0x2014) || c == '-' || c == QChar(0x2010);
        if (dash && i > 0 && i + 1 < title.size() && title[i - 1].isDigit() && title[i + 1].isDigit())
            out += wordJoiner;
    }
    return out;
}

void addProfile(nlohmann::json &plan, const PlanInfo &info, const QString &language, bool forPrint)
{
    plan["shortTitle"] = s(info.shortTitle.trimmed().isEmpty() ? info.title : info.shortTitle);
    plan["hasShortTitle"] = !info.shortTitle.trimmed().isEmpty();
    plan["accentColour"] = info.accentColour.isEmpty() ? std::string(kDefaultAccentColour) : s(info.accentColour);
    plan["coverTitle"] = s(keepPeriodsTogether(info.title));
    plan["hasLogo"] = !info.logo.isEmpty();
    if (!info.logo.isEmpty())
        plan["logo"] = picture(PictureRole::Logo, info.logo, forPrint);
    plan["hasCoverImage"] = !info.cover.isEmpty();
    if (!info.cover.isEmpty()) {
        nlohmann::json c = picture(PictureRole::Cover, info.cover, forPrint);
        const QString credit = info.photoCredit.trimmed();
        c["credit"] = s(credit);
        c["hasCredit"] = !credit.isEmpty();
        c["creditText"] = s(credit.isEmpty() ? QString() : labelFor(language, "photoBy") + QStringLiteral(": ") + credit);
        plan["coverImage"] = std::move(c);
    }
}

} // namespace planverk
