#pragma once

#include "model/plan.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <ostream>

namespace planverk::test {

/// A small plan that uses every kind of entity and every link.
Plan richPlan();

QByteArray readAll(const QString &path);
void writeAll(const QString &path, const QByteArray &bytes);
QString sourcePath(const QString &relative);
QString binPath(const QString &program);
QStringList sampleFiles(); // data/*.json
/// `planverk-make-synthetic` writes `name` in `dir` with `args` (goals,
/// sub-goals, memberships, options; the program's own defaults when empty),
/// and must succeed; the file's path.
QString makeSynthetic(const QTemporaryDir &dir, const QString &name, const QStringList &args = {});

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};
/// Runs planverk-cli with an empty environment and no display.
Run cli(const QStringList &args, const QString &workDir = {});

} // namespace planverk::test

inline std::ostream &operator<<(std::ostream &os, const QString &s) { return os << s.toStdString(); }
