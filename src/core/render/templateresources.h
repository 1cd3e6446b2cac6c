// Where a template's images and style sheets come from: files inside the
// template's folder (symbolic links resolved), or data: URIs, and nothing
// else — not "../", not an absolute path, not the working directory, not
// file: or network URLs, not Qt's own resources. An image must really be a
// PNG, JPEG, GIF or SVG image within the limits of imagedecoder.h; a style
// sheet UTF-8 text of at most 1 MB.
//
// The plan's own pictures (its logo and cover picture) have URLs of their
// own, planimage:ROLE/HASH (planPictureUrl), answered from the bytes the plan
// holds (setPlanPictures): the hash changes with the picture, so a picture
// the editor replaces is never shown from the cache.
//
// A refused reference is remembered, and throwIfRefused() reports it as an
// error naming the template file, line and column where it is written. Until
// then Qt gets a blank one-pixel image in its place: given nothing, Qt's text
// engine, its ODF writer and QtSvg would look for the file themselves.
//
// One object serves every document of one rendering, on any thread.
#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QString>
#include <QUrl>

#include "model/picture.h"

#include <memory>
#include <mutex>

namespace planverk {

class TemplateSet;
struct PlanInfo;

/// A style sheet larger than this is refused.
inline constexpr qint64 kMaxStyleSheetBytes = 1024 * 1024;

class TemplateResources
{
public:
    /// The files of `folder`; an empty folder has none (the built-in
    /// templates, named `templateName` in messages).
    explicit TemplateResources(QString folder, QString templateName = {});
    static std::shared_ptr<TemplateResources> of(const TemplateSet &templates);

    /// The URL a template shows a plan's picture by.
    static QString planPictureUrl(PictureRole role, const Picture &picture);
    /// The pictures planimage: URLs name from now on: those of `info`.
    void setPlanPictures(const PlanInfo &info);

    /// Always an image: a blank pixel when the reference is refused.
    QImage image(const QUrl &url);
    /// Empty when refused.
    QString styleSheet(const QUrl &url);

    struct Refusal {
        QString what;      // "image", "style sheet"
        QString reference; // as the template wrote it
        QString reason;    // "is outside the template folder"
    };
    QList<Refusal> refusals() const;
    /// Throws PlanError for the first refusal (and forgets them all).
    void throwIfRefused();

private:
    struct Loaded {
        QImage image;
        QString styleSheet;
        QString refusal;
    };
    Loaded loadImage(const QUrl &url) const;
    Loaded loadStyleSheet(const QUrl &url) const;
    void refuse(const QString &what, const QUrl &url, const QString &reason);

    const QString m_folder;
    const QString m_templateName;
    mutable std::mutex m_mutex;
    QHash<QUrl, Loaded> m_images;
    QHash<QUrl, Loaded> m_styleSheets;
    QHash<QString, QByteArray> m_planPictures; // planPictureUrl() -> bytes
    QList<Refusal> m_refusals;
};

} // namespace planverk
