#include "profilegroup.h"

#include "errortext.h"
#include "io/picturefile.h"
#include "planeditor.h"
#include "render/imagedecoder.h"

#include <QColorDialog>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QVBoxLayout>

namespace planverk {

namespace {

constexpr int kThumbnailHeight = 64;

QPixmap thumbnailOf(const Picture &p)
{
    if (p.isEmpty())
        return {};
    const DecodedImage decoded = decodeImage(p.data);
    if (decoded.image.isNull())
        return {};
    QImage image = decoded.image;
    image.setDevicePixelRatio(1);
    return QPixmap::fromImage(image.scaled(kThumbnailHeight * 3, kThumbnailHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

// "#0B4F8A", "0b4f8a" -> "#0b4f8a"; "" stays ""; anything else: null.
QString normalisedColour(const QString &typed)
{
    QString s = typed.trimmed().toLower();
    if (s.isEmpty())
        return QStringLiteral("");
    if (!s.startsWith('#'))
        s.prepend('#');
    return isAccentColour(s) ? s : QString();
}

} // namespace

ProfileGroup::ProfileGroup(PlanEditor *editor, QWidget *parent) : QGroupBox(tr("Profile"), parent), m_editor(editor)
{
    setObjectName(QStringLiteral("profileGroup"));
    auto *form = new QFormLayout(this);

    m_shortTitle = new QLineEdit(this);
    m_shortTitle->setObjectName(QStringLiteral("shortTitle"));
    m_shortTitle->setAccessibleName(tr("Short title"));
    m_shortTitle->setPlaceholderText(tr("The title, when empty"));
    m_shortTitle->setToolTip(tr("The short title (stikktittel) above the title on the cover and in the running header"));
    connect(m_shortTitle, &QLineEdit::textEdited, this, [this](const QString &text) {
        PlanInfo info = m_editor->plan().info;
        info.shortTitle = text;
        m_editor->changeInfo(info, QStringLiteral("shortTitle"));
    });
    form->addRow(tr("S&hort title"), m_shortTitle);

    auto *colourRow = new QWidget(this);
    auto *colourLayout = new QHBoxLayout(colourRow);
    colourLayout->setContentsMargins(0, 0, 0, 0);
    m_swatch = new QLabel(colourRow);
    m_swatch->setFixedSize(28, 20);
    m_accent = new QLineEdit(colourRow);
    m_accent->setObjectName(QStringLiteral("accentColour"));
    m_accent->setAccessibleName(tr("Accent colour"));
    m_accent->setPlaceholderText(QString::fromLatin1(kDefaultAccentColour));
    m_accent->setToolTip(tr("The colour of headings and rules in the documents, as #rrggbb; empty for the template's own"));
    m_accent->setMaxLength(7);
    m_accent->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("#?[0-9a-fA-F]{0,6}")), m_accent));
    connect(m_accent, &QLineEdit::editingFinished, this, &ProfileGroup::accentEdited);
    connect(m_accent, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString c = normalisedColour(text);
        showContrast(c.isNull() ? m_editor->plan().info.accentColour : c);
    });
    auto *pick = new QPushButton(tr("Choose colour…"), colourRow);
    pick->setObjectName(QStringLiteral("accentColourChoose"));
    connect(pick, &QPushButton::clicked, this, &ProfileGroup::chooseColour);
    colourLayout->addWidget(m_swatch);
    colourLayout->addWidget(m_accent, 1);
    colourLayout->addWidget(pick);
    form->addRow(tr("&Accent colour"), colourRow);
    m_contrast = new QLabel(this);
    m_contrast->setObjectName(QStringLiteral("accentContrast"));
    m_contrast->setWordWrap(true);
    form->addRow(QString(), m_contrast);

    form->addRow(tr("&Logo"), pictureRow(PictureRole::Logo, m_logo));
    form->addRow(tr("Alternative text (logo)"), m_logo.alt);
    form->addRow(tr("&Cover picture"), pictureRow(PictureRole::Cover, m_cover));
    form->addRow(tr("Alternative text (cover picture)"), m_cover.alt);

    m_credit = new QLineEdit(this);
    m_credit->setObjectName(QStringLiteral("photoCredit"));
    m_credit->setAccessibleName(tr("Photo credit"));
    m_credit->setToolTip(tr("The photographer, printed beside the cover picture"));
    connect(m_credit, &QLineEdit::textEdited, this, [this](const QString &text) {
        PlanInfo info = m_editor->plan().info;
        info.photoCredit = text;
        m_editor->changeInfo(info, QStringLiteral("photoCredit"));
    });
    form->addRow(tr("P&hoto credit"), m_credit);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("profileMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    form->addRow(QString(), m_message);
    refresh();
}

QWidget *ProfileGroup::pictureRow(PictureRole role, PictureWidgets &w)
{
    const QString name = role == PictureRole::Logo ? QStringLiteral("logo") : QStringLiteral("cover");
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    w.thumbnail = new QLabel(row);
    w.thumbnail->setObjectName(name + QStringLiteral("Thumbnail"));
    w.thumbnail->setFixedSize(kThumbnailHeight * 3 + 8, kThumbnailHeight + 8);
    w.thumbnail->setAlignment(Qt::AlignCenter);
    w.thumbnail->setFrameShape(QFrame::StyledPanel);
    w.choose = new QPushButton(tr("Choose file…"), row);
    w.choose->setObjectName(name + QStringLiteral("Choose"));
    w.remove = new QPushButton(tr("Remove"), row);
    w.remove->setObjectName(name + QStringLiteral("Remove"));
    connect(w.choose, &QPushButton::clicked, this, [this, role] { chooseFile(role); });
    connect(w.remove, &QPushButton::clicked, this, [this, role] {
        showMessage({});
        m_editor->changePicture(role, {}, QStringLiteral("file"));
    });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(w.choose);
    buttons->addWidget(w.remove);
    buttons->addStretch();
    layout->addWidget(w.thumbnail);
    layout->addLayout(buttons);
    layout->addStretch();
    w.alt = new QLineEdit(this);
    w.alt->setObjectName(name + QStringLiteral("Alt"));
    w.alt->setAccessibleName(role == PictureRole::Logo ? tr("Alternative text of the logo") : tr("Alternative text of the cover picture"));
    w.alt->setToolTip(tr("What the picture shows, for those who cannot see it"));
    connect(w.alt, &QLineEdit::textEdited, this, [this, role](const QString &text) {
        Picture p = m_editor->plan().info.picture(role);
        if (p.isEmpty())
            return;
        p.alt = text;
        m_editor->changePicture(role, p, QStringLiteral("alt"));
    });
    return row;
}

void ProfileGroup::refresh()
{
    const PlanInfo &info = m_editor->plan().info;
    if (m_shortTitle->text() != info.shortTitle)
        m_shortTitle->setText(info.shortTitle);
    if (!m_accent->hasFocus() || normalisedColour(m_accent->text()) == info.accentColour)
        m_accent->setText(info.accentColour);
    showContrast(info.accentColour);
    if (m_credit->text() != info.photoCredit)
        m_credit->setText(info.photoCredit);
    const bool readOnly = m_editor->document()->isReadOnly();
    for (PictureRole role : {PictureRole::Logo, PictureRole::Cover}) {
        PictureWidgets &w = role == PictureRole::Logo ? m_logo : m_cover;
        const Picture &p = info.picture(role);
        const QPixmap thumb = thumbnailOf(p);
        if (thumb.isNull())
            w.thumbnail->setText(tr("none"));
        else
            w.thumbnail->setPixmap(thumb);
        w.thumbnail->setAccessibleName(p.isEmpty() ? tr("No picture") : p.alt);
        w.remove->setEnabled(!p.isEmpty() && !readOnly);
        w.choose->setEnabled(!readOnly);
        w.alt->setEnabled(!p.isEmpty() && !readOnly);
        if (w.alt->text() != p.alt)
            w.alt->setText(p.alt);
    }
    for (QLineEdit *e : {m_shortTitle, m_accent, m_credit})
        e->setEnabled(!readOnly);
}

bool ProfileGroup::usePictureFile(PictureRole role, const QString &path)
{
    try {
        QString adjusted;
        Picture p = readPictureFile(path, &adjusted);
        p.alt = m_editor->plan().info.picture(role).alt; // the same subject, most often: keep its text
        showMessage(adjusted.isEmpty() ? QString() : tr("The picture was made smaller for the plan: %1.").arg(adjusted), Message::Note);
        m_editor->changePicture(role, p, QStringLiteral("file"));
        return true;
    } catch (const PlanError &e) {
        showMessage(tr("The picture was not used: %1").arg(ErrorText::of(e)));
        return false;
    }
}

void ProfileGroup::chooseFile(PictureRole role)
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("pictureFolder")).toString();
    const QString path = QFileDialog::getOpenFileName(this, role == PictureRole::Logo ? tr("Choose a logo") : tr("Choose a cover picture"), folder,
                                                      tr("Pictures (*.png *.jpg *.jpeg *.svg)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("pictureFolder"), QFileInfo(path).absolutePath());
    usePictureFile(role, path);
}

void ProfileGroup::setAccentColour(const QString &colour)
{
    PlanInfo info = m_editor->plan().info;
    info.accentColour = colour;
    m_editor->changeInfo(info, QStringLiteral("accentColour"));
    refresh();
}

void ProfileGroup::chooseColour()
{
    const QString current = m_editor->plan().info.accentColour;
    const QColor chosen = QColorDialog::getColor(QColor(current.isEmpty() ? QString::fromLatin1(kDefaultAccentColour) : current), this, tr("Accent colour"));
    if (chosen.isValid())
        setAccentColour(chosen.name(QColor::HexRgb).toLower());
}

void ProfileGroup::accentEdited()
{
    const QString c = normalisedColour(m_accent->text());
    if (c.isNull()) {
        showMessage(tr("\"%1\" is not a colour: write it as #rrggbb, for instance #0b4f8a.").arg(m_accent->text()));
        m_accent->setText(m_editor->plan().info.accentColour);
        showContrast(m_editor->plan().info.accentColour);
        return;
    }
    showMessage({});
    if (c != m_editor->plan().info.accentColour)
        setAccentColour(c);
    else
        m_accent->setText(c);
}

void ProfileGroup::showContrast(const QString &colour)
{
    const QColor c(colour.isEmpty() ? QString::fromLatin1(kDefaultAccentColour) : colour);
    m_swatch->setStyleSheet(QStringLiteral("background: %1; border: 1px solid #666").arg(c.name()));
    const double ratio = std::floor(contrastWithWhite(c) * 10) / 10;
    const QString shown = QLocale().toString(ratio, 'f', 1);
    m_contrast->setText(ratio < kMinimumContrast ? tr("Contrast with white text: %1:1 — too low, at least 4.5:1 is needed").arg(shown)
                                                 : tr("Contrast with white text: %1:1").arg(shown));
}

void ProfileGroup::showMessage(const QString &text, Message kind)
{
    // A refusal in red; a note (what was done with the user's picture) in the text's own colour.
    m_message->setStyleSheet(kind == Message::Refusal ? QStringLiteral("color: #a4262c") : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace planverk
