// The editor's live preview: the part of the document that shows the entity
// being edited, numbered as in the whole document, small enough to lay out
// again after every keystroke.
#pragma once

#include "model/plan.h"

#include <QString>
#include <QUuid>

#include <nlohmann/json.hpp>

#include <string>

namespace planverk {

class TemplateSet;

struct Preview {
    nlohmann::json viewModel; // for the template, in paper style
    QString anchor;           // where the entity is, to scroll to
};

/// `focus` is an entity id, or null for the plan's cover; `chapter` names a
/// chapter key of the view model ("goalsChapter" …) when a whole chapter is asked for.
Preview buildPreview(const Plan &plan, const QUuid &focus, const QString &chapter = {});

/// The preview as HTML for a QTextBrowser. Of its anchors only the one to
/// scroll to is kept: a whole chapter of a large plan has thousands, and Qt
/// loads them slowly.
std::string renderPreview(const Preview &preview, TemplateSet &templates);

} // namespace planverk
