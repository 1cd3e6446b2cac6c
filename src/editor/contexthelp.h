// F1: which part of the user guide explains the widget that has the focus.
#pragma once

#include <QSet>
#include <QString>

class QWidget;

namespace planverk {

/// The guide's anchor for `widget`: the most specific one the guide has, from
/// the field on its page ("field-goal-title", then "field-title"), the kind
/// of field (Markdown box, date, link list), the page, or the part of the
/// window (navigator, preview …). Empty when none applies: the guide's beginning.
QString helpAnchorFor(const QWidget *widget, const QSet<QString> &anchors);

} // namespace planverk
