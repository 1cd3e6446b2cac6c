#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace planverk {

void installTranslations(const QString &language)
{
    static QTranslator *qt = nullptr;
    static QTranslator *own = nullptr;
    for (QTranslator **t : {&qt, &own}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const bool english = language == QLatin1String("en");
    const bool nynorsk = language == QLatin1String("nn");
    QLocale::setDefault(QLocale(english ? QStringLiteral("en_GB") : nynorsk ? QStringLiteral("nn_NO") : QStringLiteral("nb_NO")));
    own = new QTranslator(QCoreApplication::instance());
    if (english) { // the English source texts, but for their plural forms ("%n status reports": one, several)
        if (own->load(QStringLiteral(":/i18n/planverk_en.qm")))
            QCoreApplication::installTranslator(own);
        return;
    }
    qt = new QTranslator(QCoreApplication::instance());
    const bool qtLoaded = nynorsk ? qt->load(QStringLiteral("qtbase_nn"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                                  : qt->load(QStringLiteral(":/i18n/qtbase_nb.qm"));
    if (qtLoaded)
        QCoreApplication::installTranslator(qt);
    if (own->load(QStringLiteral(":/i18n/planverk_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
}

} // namespace planverk
