#include "entitypage.h"

#include "dateedit.h"
#include "markdownedit.h"
#include "model/kinds.h"
#include "model/kindtexts.h"
#include "numberedit.h"
#include "planeditor.h"
#include "profilegroup.h"
#include "render/labels.h"
#include "spelling/spellchecker.h"
#include "spelling/spellfields.h"

#include "followup/goalindicators.h"
#include "ui_actionpage.h"
#include "ui_amendmentpage.h"
#include "ui_contactpage.h"
#include "ui_goalpage.h"
#include "ui_instrumentpage.h"
#include "ui_membershippage.h"
#include "ui_partnershippage.h"
#include "ui_planinfopage.h"
#include "ui_processingpage.h"
#include "ui_referencepage.h"
#include "ui_sectionpage.h"
#include "ui_themepage.h"

#include <QComboBox>
#include <QGridLayout>
#include <QCoreApplication>
#include <QListWidget>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace planverk {

QString interfaceLanguage()
{
    const QString l = QSettings().value(QStringLiteral("interfaceLanguage"), QStringLiteral("nb")).toString();
    return codes::languages.contains(l) ? l : QStringLiteral("nb");
}

namespace {

template<class Ui>
QWidget *build(QWidget *parent)
{
    auto *w = new QWidget(parent);
    Ui ui;
    ui.setupUi(w);
    return w;
}

QWidget *buildForm(std::optional<EntityKind> kind, QWidget *parent)
{
    if (!kind)
        return build<Ui::PlanInfoPage>(parent);
    switch (*kind) {
    case EntityKind::Section: return build<Ui::SectionPage>(parent);
    case EntityKind::Goal: return build<Ui::GoalPage>(parent);
    case EntityKind::Theme: return build<Ui::ThemePage>(parent);
    case EntityKind::Instrument: return build<Ui::InstrumentPage>(parent);
    case EntityKind::Membership: return build<Ui::MembershipPage>(parent);
    case EntityKind::Partnership: return build<Ui::PartnershipPage>(parent);
    case EntityKind::Action: return build<Ui::ActionPage>(parent);
    case EntityKind::Processing: return build<Ui::ProcessingPage>(parent);
    case EntityKind::Amendment: return build<Ui::AmendmentPage>(parent);
    case EntityKind::Contact: return build<Ui::ContactPage>(parent);
    case EntityKind::Reference: return build<Ui::ReferencePage>(parent);
    }
    return new QWidget(parent);
}

const char *codeGroup(const QStringList &allowed)
{
    if (&allowed == &codes::planTypes)
        return "planType";
    if (&allowed == &codes::planStatuses)
        return "status";
    if (&allowed == &codes::membershipCategories)
        return "category";
    if (&allowed == &codes::actionStatuses)
        return "actionStatus";
    if (&allowed == &codes::outcomes)
        return "outcome";
    return nullptr;
}

QString codeText(const QStringList &allowed, const QString &code)
{
    if (&allowed == &codes::languages)
        return code == QLatin1String("nb") ? QStringLiteral("Bokmål") : code == QLatin1String("nn") ? QStringLiteral("Nynorsk") : QStringLiteral("English");
    if (code.isEmpty())
        return QStringLiteral("—");
    const char *group = codeGroup(allowed);
    return group ? codeLabel(interfaceLanguage(), group, code) : code;
}

// Candidates for a link list: the plan's themes, or its goals and sub-goals.
// The entries a link of `kind` (a table name, as fields() declares the link)
// may point to, in document order; entries of a nesting kind numbered as in
// the navigator and the documents (M1, then "    M1.2" for a sub-goal), the others by their name.
QList<std::pair<QUuid, QString>> candidates(const Plan &plan, const char *kind)
{
    QList<std::pair<QUuid, QString>> out;
    forEachKind([&]<class T>() {
        if constexpr (isTopKind<T>) {
            if (qstrcmp(Kind<T>::table, kind) != 0)
                return;
            auto walk = [&](auto &self, const QList<T> &list, const QString &number, int depth) -> void {
                for (int i = 0; i < list.size(); ++i) {
                    const QString own = number.isEmpty() ? QString::number(i + 1) : number + '.' + QString::number(i + 1);
                    if constexpr (nests<T>) {
                        const QString shown = isNumbered<T> ? entryNumber(interfaceLanguage(), Kind<T>::table, own) : own;
                        out.append({list[i].id, QString(4 * depth, QLatin1Char(' ')) + shown + ' ' + nameOf(list[i])});
                        self(self, Kind<T>::children(list[i]), own, depth + 1);
                    } else {
                        out.append({list[i].id, nameOf(list[i])});
                    }
                }
            };
            walk(walk, Kind<T>::list(plan), QString(), 0);
        }
    });
    return out;
}

// Shows the fields of an entity in the page's widgets.
struct Populate {
    const EntityPage *page;
    const Plan &plan;
    QUuid self;

    template<class W>
    W *widget(const char *key) const
    {
        return qobject_cast<W *>(page->fieldWidget(QString::fromLatin1(key)));
    }
    void text(const char *k, const QString &s)
    {
        if (auto *w = widget<QLineEdit>(k); w && w->text() != s)
            w->setText(s);
    }
    void markdown(const char *k, const QString &s)
    {
        if (auto *w = widget<MarkdownEdit>(k))
            w->setMarkdown(s);
    }
    void code(const char *k, const QString &s, const QStringList &allowed)
    {
        auto *w = widget<QComboBox>(k);
        if (!w)
            return;
        if (w->count() != allowed.size()) {
            w->clear();
            for (const QString &c : allowed)
                w->addItem(codeText(allowed, c), c);
        }
        w->setCurrentIndex(w->findData(s));
    }
    void date(const char *k, const QDate &d)
    {
        if (auto *w = widget<DateEdit>(k))
            w->setValue(d);
    }
    void integer(const char *k, const std::optional<int> &v)
    {
        if (auto *w = widget<NumberEdit>(k))
            w->setValue(v ? std::optional<qint64>(*v) : std::nullopt);
    }
    void amount(const char *k, const std::optional<qint64> &v)
    {
        if (auto *w = widget<NumberEdit>(k))
            w->setValue(v);
    }
    void refs(const char *k, const QList<QUuid> &ids, const char *kind)
    {
        auto *w = widget<QListWidget>(k);
        if (!w)
            return;
        w->clear();
        // Linked entries first, in the link order; then the others, in plan order.
        auto options = candidates(plan, kind);
        std::stable_sort(options.begin(), options.end(), [&](const auto &a, const auto &b) {
            const qsizetype ia = ids.indexOf(a.first), ib = ids.indexOf(b.first);
            return (ia < 0 ? std::numeric_limits<qsizetype>::max() : ia) < (ib < 0 ? std::numeric_limits<qsizetype>::max() : ib);
        });
        if (options.isEmpty()) {
            auto *hint = new QListWidgetItem(qstrcmp(kind, "theme") == 0
                                                 ? QCoreApplication::translate("planverk::EntityPage", "No themes yet: add them under Thematic priorities.")
                                                 : QCoreApplication::translate("planverk::EntityPage", "No goals yet: add them under Goals."),
                                             w);
            hint->setFlags(Qt::NoItemFlags);
        }
        for (const auto &[id, title] : options) {
            if (id == self)
                continue;
            auto *item = new QListWidgetItem(title, w);
            item->setData(Qt::UserRole, QVariant::fromValue(id));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(ids.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    void colour(const char *, const QString &) {} // the profile group shows it (profilegroup.h)
    void sdgs(const char *k, const QList<int> &v)
    {
        auto *w = widget<QListWidget>(k);
        if (!w)
            return;
        if (w->count() != 17) {
            w->clear();
            for (int n = 1; n <= 17; ++n) {
                auto *item = new QListWidgetItem(QStringLiteral("%1 %2").arg(n).arg(sdgName(interfaceLanguage(), n)), w);
                item->setData(Qt::UserRole, n);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            }
        }
        for (int i = 0; i < w->count(); ++i)
            w->item(i)->setCheckState(v.contains(i + 1) ? Qt::Checked : Qt::Unchecked);
    }
};

// Reads one field (the one the user edited) back from its widget.
struct ReadField {
    const EntityPage *page;
    QString key;

    template<class W>
    W *widget(const char *k) const
    {
        return key == QLatin1String(k) ? qobject_cast<W *>(page->fieldWidget(key)) : nullptr;
    }
    void text(const char *k, QString &s)
    {
        if (auto *w = widget<QLineEdit>(k))
            s = w->text();
    }
    void markdown(const char *k, QString &s)
    {
        if (auto *w = widget<MarkdownEdit>(k))
            s = w->markdown();
    }
    void code(const char *k, QString &s, const QStringList &)
    {
        if (auto *w = widget<QComboBox>(k))
            s = w->currentData().toString();
    }
    void date(const char *k, QDate &d)
    {
        if (auto *w = widget<DateEdit>(k))
            d = w->value();
    }
    void integer(const char *k, std::optional<int> &v)
    {
        if (auto *w = widget<NumberEdit>(k)) {
            const auto x = w->value();
            v = x && *x <= std::numeric_limits<int>::max() ? std::optional<int>(int(*x)) : std::nullopt;
        }
    }
    void amount(const char *k, std::optional<qint64> &v)
    {
        if (auto *w = widget<NumberEdit>(k))
            v = w->value();
    }
    void refs(const char *k, QList<QUuid> &ids, const char *)
    {
        auto *w = widget<QListWidget>(k);
        if (!w)
            return;
        // The links in the order the list shows them (drag to reorder).
        ids.clear();
        for (int i = 0; i < w->count(); ++i)
            if (w->item(i)->checkState() == Qt::Checked)
                ids << w->item(i)->data(Qt::UserRole).value<QUuid>();
    }
    void colour(const char *, QString &) {} // the profile group edits it (profilegroup.h)
    void sdgs(const char *k, QList<int> &v)
    {
        auto *w = widget<QListWidget>(k);
        if (!w)
            return;
        v.clear();
        for (int i = 0; i < w->count(); ++i)
            if (w->item(i)->checkState() == Qt::Checked)
                v << i + 1;
    }
};

} // namespace

EntityPage::EntityPage(PlanEditor *editor, std::optional<EntityKind> kind, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_kind(kind)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    QWidget *form = buildForm(kind, scroll);
    scroll->setWidget(form);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    connectWidgets();
    if (!kind) { // the plan's visual profile, below its settings; it binds its own fields
        m_profile = new ProfileGroup(editor, form);
        if (auto *grid = qobject_cast<QGridLayout *>(form->layout()))
            grid->addWidget(m_profile, grid->rowCount(), 0, 1, grid->columnCount());
    }
    if (kind == EntityKind::Goal) { // its indicators, charted against their targets (issue 14)
        m_indicators = new GoalIndicators(editor, form);
        if (auto *grid = qobject_cast<QGridLayout *>(form->layout()))
            grid->addWidget(m_indicators, grid->rowCount(), 0, 1, grid->columnCount());
    }
    SpellFields::attach(this, SpellChecker::shared());
    enableEditing();
}

// Read-only plans, and plans whose file changed under the editor, take no edits.
void EntityPage::enableEditing()
{
    const bool readOnly = m_editor->document()->isReadOnly();
    for (QWidget *w : findChildren<QWidget *>())
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<MarkdownEdit *>(w) || qobject_cast<DateEdit *>(w)
            || qobject_cast<QListWidget *>(w))
            w->setEnabled(!readOnly);
}

QWidget *EntityPage::fieldWidget(const QString &key) const
{
    return findChild<QWidget *>(key);
}

void EntityPage::connectWidgets()
{
    for (QWidget *w : findChildren<QWidget *>()) {
        const QString key = w->objectName();
        if (key.isEmpty() || key.endsWith(QLatin1String("Label")))
            continue;
        if (auto *m = qobject_cast<MarkdownEdit *>(w))
            connect(m, &MarkdownEdit::edited, this, [this, key] { onEdited(key); });
        else if (auto *d = qobject_cast<DateEdit *>(w))
            connect(d, &DateEdit::edited, this, [this, key] { onEdited(key); });
        else if (auto *l = qobject_cast<QLineEdit *>(w); l && l->parent() && !qobject_cast<QAbstractSpinBox *>(l->parent()))
            connect(l, &QLineEdit::textEdited, this, [this, key] { onEdited(key); });
        else if (auto *c = qobject_cast<QComboBox *>(w))
            connect(c, &QComboBox::activated, this, [this, key] { onEdited(key); });
        else if (auto *list = qobject_cast<QListWidget *>(w)) {
            connect(list, &QListWidget::itemChanged, this, [this, key] { onEdited(key); });
            if (key != QLatin1String("sdgs")) { // links keep an order; drag to change it
                list->setDragDropMode(QAbstractItemView::InternalMove);
                connect(list->model(), &QAbstractItemModel::rowsMoved, this, [this, key] { onEdited(key); });
            }
        }
    }
}

void EntityPage::showEntity(const QUuid &id)
{
    m_id = id;
    refresh();
}

void EntityPage::refresh()
{
    enableEditing();
    m_populating = true;
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QWidget *w : findChildren<QWidget *>())
        if (qobject_cast<QListWidget *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<DateEdit *>(w))
            blockers.push_back(std::make_unique<QSignalBlocker>(w));
    const Plan &plan = m_editor->plan();
    Populate p{this, plan, m_id};
    if (!m_kind) {
        fields(p, plan.info);
    } else {
        visitKind(*m_kind, [&](auto blank) {
            using T = decltype(blank);
            if (const T *e = findEntity<T>(plan, m_id))
                fields(p, *e);
            return 0;
        });
    }
    m_populating = false;
    if (m_profile)
        m_profile->refresh();
    if (m_indicators)
        m_indicators->showGoal(m_id);
}

void EntityPage::onEdited(const QString &key)
{
    if (m_populating)
        return;
    ReadField r{this, key};
    if (!m_kind) {
        PlanInfo info = m_editor->plan().info;
        fields(r, info);
        m_editor->changeInfo(info, key);
        return;
    }
    visitKind(*m_kind, [&](auto blank) {
        using T = decltype(blank);
        const T *current = findEntity<T>(m_editor->plan(), m_id);
        if (!current)
            return 0;
        T next = *current;
        fields(r, next);
        m_editor->change(next, key);
        return 0;
    });
}

} // namespace planverk
