package org.avengine.ui;

import java.util.List;

import org.avengine.delivery.VideoEmbeds;
import org.avengine.engine.AssetConsole;
import org.avengine.engine.AssetId;
import org.avengine.engine.AssetSummary;
import org.avengine.engine.Transcode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.SessionAttribute;

/** Assets by customer and space, an asset's page with a player per transcode, and re-ingest. */
@Controller
class AssetsController {

    private final AssetConsole console;
    private final OutputViews outputs;
    private final VideoEmbeds embeds;
    private final UiProperties properties;

    AssetsController(AssetConsole console, OutputViews outputs, VideoEmbeds embeds, UiProperties properties) {
        this.console = console;
        this.outputs = outputs;
        this.embeds = embeds;
        this.properties = properties;
    }

    @GetMapping("/ui/assets")
    String list(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, @RequestParam(required = false) Integer customer,
            @RequestParam(required = false) Integer space, Model model) {
        model.addAttribute("customer", customer);
        model.addAttribute("space", space);
        List<AssetSummary> assets = console.assets(viewer.user(), customer, space, properties.pageSize());
        model.addAttribute("assets", assets);
        model.addAttribute("thumbs", assets.stream().filter(a -> a.poster().isPresent())
                .collect(java.util.stream.Collectors.toMap(a -> a.id().path(), a -> url(a, a.poster().get()))));
        return "ui/assets";
    }

    @GetMapping("/ui/assets/{customer}/{space}/{id}")
    String page(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, @PathVariable int customer, @PathVariable int space,
            @PathVariable String id, Model model) {
        AssetSummary asset = find(viewer, customer, space, id);
        model.addAttribute("asset", asset);
        model.addAttribute("outputs", outputs.of(located(asset)));
        model.addAttribute("embed", embeds.of(asset.id()).orElse(null));
        return "ui/asset";
    }

    @PostMapping("/ui/assets/{customer}/{space}/{id}/reingest")
    String reingest(@SessionAttribute(Viewer.SESSION_KEY) Viewer viewer, @PathVariable int customer, @PathVariable int space,
            @PathVariable String id) {
        if (!console.reingest(viewer.user(), assetId(customer, space, id))) {
            throw new PageNotFoundException("No asset " + customer + "/" + space + "/" + id);
        }
        return "redirect:/ui/assets/" + customer + "/" + space + "/" + id;
    }

    AssetSummary find(Viewer viewer, int customer, int space, String id) {
        return console.asset(viewer.user(), assetId(customer, space, id))
                .orElseThrow(() -> new PageNotFoundException("No asset " + customer + "/" + space + "/" + id));
    }

    private static List<OutputViews.Located> located(AssetSummary asset) {
        String base = "/ui/assets/" + asset.id().path() + "/files/";
        return asset.transcodes().stream().map(t -> new OutputViews.Located(t.location(),
                base + t.deliveryPath(asset.id()), t.width(), t.height(), t.durationMs())).toList();
    }

    /** The browser path of a transcode of the asset, for pictures in lists. */
    static String url(AssetSummary asset, Transcode transcode) {
        return "/ui/assets/" + asset.id().path() + "/files/" + transcode.deliveryPath(asset.id());
    }

    private static AssetId assetId(int customer, int space, String id) {
        try {
            return new AssetId(customer, space, id);
        } catch (IllegalArgumentException e) {
            throw new PageNotFoundException("No asset " + customer + "/" + space + "/" + id);
        }
    }
}
