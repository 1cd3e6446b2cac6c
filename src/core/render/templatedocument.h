// The text document every paper rendering lays a template's HTML out in (PDF,
// ODT, printing, the editor's preview): it loads images and style sheets only
// through TemplateResources, and nothing else at all.
#pragma once

#include "render/templateresources.h"

#include <QTextDocument>

#include <memory>

namespace planverk {

class TemplateDocument : public QTextDocument
{
public:
    explicit TemplateDocument(std::shared_ptr<TemplateResources> resources, QObject *parent = nullptr);

    TemplateResources &resources() const { return *m_resources; }
    const std::shared_ptr<TemplateResources> &sharedResources() const { return m_resources; }

    /// Loads every image the document shows now (Qt would wait until it lays
    /// them out or writes them) and throws PlanError for the first refused
    /// image or style sheet: before anything is painted or written.
    void requireResources();

protected:
    QVariant loadResource(int type, const QUrl &url) override;

private:
    std::shared_ptr<TemplateResources> m_resources;
};

} // namespace planverk
