using LatsarBot.Content;
using LatsarBot.Testing;

namespace LatsarBot.WhatsApp.Tests.Window;

/// <summary>content/whatsapp-templates.yaml under the content check: the shipped catalog loads; a broken one is named by file, line and rule.</summary>
public sealed class WhatsAppTemplateContentTests
{
    [Fact]
    public void Shipped_catalog_has_one_template_per_proactive_kind_that_needs_one()
    {
        var (bundle, errors) = ContentBundle.Check(TestPaths.Content, Core.Mooc.MoocRules.Default);

        Assert.Empty(errors);
        Assert.Equal(["announcement", "coaching", "reminder", "weekly_summary"], bundle!.WhatsAppTemplates.All.Select(t => t.Kind).Order());
        Assert.Null(bundle.WhatsAppTemplates.For("sign_in"));
        Assert.All(bundle.WhatsAppTemplates.All, t => Assert.NotEmpty(t.Buttons));
    }

    [Fact]
    public void Broken_catalog_is_reported_with_file_line_and_rule()
    {
        var content = TestPaths.CopyOfContent();
        File.WriteAllText(Path.Combine(content, WhatsAppTemplateLoader.File), """
            templates:
              - name: Latsar-Pengingat
                kind: reminder
                category: utility
                parameters: text
                body:
                  id: "Pengingat: {{1}}."
                  en: "Reminder: {{1}}."
                buttons:
                  - id: "Lanjutkan"
                    en: "Continue"
              - name: latsar_two
                kind: reminder
                category: promo
                parameters: text, name
                body:
                  id: "{{1}} dan {{2}}"
                buttons:
                  - id: "Tombol yang terlalu panjang sekali"
                    en: "Open"
              - name: latsar_three
                kind: payday
                category: utility
                body:
                  id: "Halo {{1}}, apa kabar?"
                  en: "Hello"
                buttons: []
            """);

        var (bundle, errors) = ContentBundle.Check(content, Core.Mooc.MoocRules.Default);

        Assert.Null(bundle);
        var lines = errors.Where(e => e.File == Path.Combine("content", WhatsAppTemplateLoader.File)).Select(e => (e.Line, e.Rule)).ToList();
        Assert.Equal(
            [
                (2, "whatsapp.template.name"),
                (13, "whatsapp.template.kind"),
                (14, "whatsapp.template.category"),
                (15, "whatsapp.template.parameters"),
                (17, "whatsapp.template.body"),
                (17, "whatsapp.template.body"),
                (19, "whatsapp.template.buttons"),
                (22, "whatsapp.template.kind"),
                (25, "whatsapp.template.body"),
                (27, "whatsapp.template.buttons"),
            ],
            lines.Order().ToList());
    }
}
