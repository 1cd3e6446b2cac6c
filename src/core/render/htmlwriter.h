// The plan as one standalone HTML file, for the web.
#pragma once

#include "model/plan.h"

#include <QByteArray>
#include <QString>

namespace planverk {

class TemplateSet;

QByteArray renderHtml(const Plan &plan, TemplateSet &templates, const QString &language = {});

} // namespace planverk
