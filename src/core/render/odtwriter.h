// The plan as an ODT file, for a word processor.
#pragma once

#include "model/plan.h"
#include "render/renderprogress.h"

#include <QByteArray>
#include <QString>

namespace planverk {

class TemplateSet;

QByteArray renderOdt(const Plan &plan, TemplateSet &templates, const QString &language = {}, const RenderProgress &progress = {});

} // namespace planverk
