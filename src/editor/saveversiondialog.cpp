#include "saveversiondialog.h"

#include "model/planversion.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace planverk {

SaveVersionDialog::SaveVersionDialog(const QStringList &taken, QWidget *parent)
    : QDialog(parent), m_taken(taken)
{
    setObjectName(QStringLiteral("saveVersionDialog"));
    setWindowTitle(tr("Save version"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A version keeps the whole plan as it is now, read-only, in the plan file. "
                                "It can be opened, exported and restored later."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("versionName"));
    m_name->setMaxLength(kMaxVersionNameLength);
    m_name->setPlaceholderText(tr("e.g. Consultation draft sent"));
    form->addRow(tr("&Name:"), m_name);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("versionNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("e.g. Adopted by the county council, case 7/21"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("N&ote:"), m_note);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("versionNameProblem"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &SaveVersionDialog::validate);
    resize(460, sizeHint().height());
    validate();
}

QString SaveVersionDialog::name() const { return m_name->text().trimmed(); }
QString SaveVersionDialog::note() const { return m_note->toPlainText().trimmed(); }

void SaveVersionDialog::validate()
{
    const QString n = name();
    QString problem;
    if (n.isEmpty())
        problem = tr("Give the version a name.");
    else if (m_taken.contains(n))
        problem = tr("The plan has a version named “%1” already; choose another name.").arg(n);
    else if (!versionNameProblem(n).isEmpty())
        problem = tr("A version's name is one line of text.");
    m_problem->setText(n.isEmpty() ? QString() : problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

} // namespace planverk
