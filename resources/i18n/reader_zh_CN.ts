<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="82"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="83"/>
        <source>Notes as &amp;Markdown…</source>
        <translation>笔记导出为 &amp;Markdown…</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="84"/>
        <source>Notes as &amp;HTML…</source>
        <translation>笔记导出为 &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="85"/>
        <source>Notes as &amp;JSON…</source>
        <translation>笔记导出为 &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="86"/>
        <source>Notes as &amp;CSV…</source>
        <translation>笔记导出为 &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="87"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="88"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="89"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="90"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="91"/>
        <source>&amp;Find in Article…</source>
        <translation>在文中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="92"/>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="94"/>
        <source>Find &amp;Previous</source>
        <translation>查找上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="96"/>
        <source>Highlight Yellow</source>
        <translation>黄色高亮</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="97"/>
        <source>Highlight Green</source>
        <translation>绿色高亮</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="98"/>
        <source>Highlight Blue</source>
        <translation>蓝色高亮</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="99"/>
        <source>Highlight Pink</source>
        <translation>粉色高亮</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="100"/>
        <source>Highlight Purple</source>
        <translation>紫色高亮</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="101"/>
        <source>&amp;Underline</source>
        <translation>下划线(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="102"/>
        <source>&amp;Comment…</source>
        <translation>批注(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="104"/>
        <source>&amp;Larger Text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="106"/>
        <source>&amp;Smaller Text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="107"/>
        <source>&amp;Default Text Size</source>
        <translation>默认字号(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="108"/>
        <source>&amp;Font…</source>
        <translation>字体(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="110"/>
        <source>More Line Spacing</source>
        <translation>增大行距</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="113"/>
        <source>Less Line Spacing</source>
        <translation>减小行距</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="115"/>
        <source>Wider Column</source>
        <translation>加宽版心</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="116"/>
        <source>Narrower Column</source>
        <translation>收窄版心</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="117"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="118"/>
        <source>&amp;Sepia</source>
        <translation>护眼(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="119"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="121"/>
        <source>Show &amp;Removed Blocks</source>
        <translation>显示被移除的段落(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="124"/>
        <source>Side &amp;Panel</source>
        <translation>侧边栏(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="126"/>
        <source>&amp;Toolbar</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/actions.py" line="127"/>
        <source>&amp;About reader</source>
        <translation>关于 reader(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <location filename="../../src/reader/ui/annotation_controller.py" line="132"/>
        <source>Add Note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/annotation_controller.py" line="140"/>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/annotation_controller.py" line="144"/>
        <source>Change Colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/annotation_controller.py" line="150"/>
        <source>Delete Note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/annotation_controller.py" line="158"/>
        <source>Reattach Note</source>
        <translation>重新关联笔记</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../../src/reader/ui/annotation_editor.py" line="50"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/annotation_editor.py" line="51"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/annotation_editor.py" line="52"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/annotation_editor.py" line="53"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/annotation_editor.py" line="54"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/annotation_editor.py" line="64"/>
        <source>New Note</source>
        <translation>新建笔记</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/annotation_editor.py" line="64"/>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/annotation_editor.py" line="91"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/annotation_editor.py" line="92"/>
        <source>Underline</source>
        <translation>下划线</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/annotation_editor.py" line="96"/>
        <source>Comment (Markdown allowed)</source>
        <translation>批注（可用 Markdown）</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/annotation_editor.py" line="100"/>
        <source>Write</source>
        <translation>编写</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/annotation_editor.py" line="101"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/annotation_editor.py" line="105"/>
        <source>tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/annotation_editor.py" line="108"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/annotation_editor.py" line="109"/>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/annotation_editor.py" line="110"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/annotation_editor.py" line="118"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ArticleLayout</name>
    <message>
        <location filename="../../src/reader/ui/article_layout.py" line="52"/>
        <source>repeated text</source>
        <translation>重复内容</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/article_layout.py" line="53"/>
        <source>promotion</source>
        <translation>推广</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/article_layout.py" line="54"/>
        <source>app interface text</source>
        <translation>应用界面文字</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/article_layout.py" line="55"/>
        <source>account name</source>
        <translation>账号名称</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/article_layout.py" line="56"/>
        <source>relative time</source>
        <translation>相对时间</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/article_layout.py" line="57"/>
        <source>credits</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/article_layout.py" line="58"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/article_layout.py" line="59"/>
        <source>noise</source>
        <translation>杂项</translation>
    </message>
</context>
<context>
    <name>EntityController</name>
    <message>
        <location filename="../../src/reader/ui/entity_controller.py" line="99"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/entity_controller.py" line="100"/>
        <source>Organisations</source>
        <translation>机构</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/entity_controller.py" line="101"/>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/entity_controller.py" line="102"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/entity_controller.py" line="103"/>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/entity_controller.py" line="104"/>
        <source>Times</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/entity_controller.py" line="114"/>
        <source>Open an article to list its people, places and things.</source>
        <translation>打开一篇文章，即可列出其中的人物、地点和事物。</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/entity_controller.py" line="136"/>
        <source>Extracting…</source>
        <translation>正在提取…</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/entity_controller.py" line="185"/>
        <source>No entities found.</source>
        <translation>未找到实体。</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/entity_controller.py" line="194"/>
        <source>Entities could not be extracted: %1</source>
        <translation>无法提取实体：%1</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/entity_controller.py" line="307"/>
        <source>Change kind</source>
        <translation>更改类别</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/entity_controller.py" line="314"/>
        <source>Add “%1” to the dictionary</source>
        <translation>将“%1”加入词典</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/entity_controller.py" line="316"/>
        <source>Hide “%1”</source>
        <translation>隐藏“%1”</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/entity_controller.py" line="319"/>
        <source>Add selected text as</source>
        <translation>将所选文字添加为</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/entity_controller.py" line="324"/>
        <source>Show hidden entity again</source>
        <translation>重新显示已隐藏的实体</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <location filename="../../src/reader/ui/entity_panel.py" line="62"/>
        <source>Filter: 汉字, pinyin or initials</source>
        <translation>筛选：汉字、拼音或首字母</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/entity_panel.py" line="66"/>
        <source>By count</source>
        <translation>按次数</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/entity_panel.py" line="67"/>
        <source>By first appearance</source>
        <translation>按首次出现</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/entity_panel.py" line="68"/>
        <source>By pinyin</source>
        <translation>按拼音</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/entity_panel.py" line="75"/>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/entity_panel.py" line="75"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/entity_panel.py" line="91"/>
        <source>Next occurrence</source>
        <translation>下一处</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/entity_panel.py" line="93"/>
        <source>Previous occurrence</source>
        <translation>上一处</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/side_panels.py" line="56"/>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/reader/ui/prompts.py" line="25"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/prompts.py" line="26"/>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/prompts.py" line="27"/>
        <source>permission denied: the file cannot be read</source>
        <translation>没有权限：无法读取该文件</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/prompts.py" line="28"/>
        <source>cannot read the file (%1)</source>
        <translation>无法读取该文件（%1）</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/prompts.py" line="29"/>
        <source>the file is larger than %1 MB</source>
        <translation>文件大于 %1 MB</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/prompts.py" line="30"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/prompts.py" line="31"/>
        <source>the file has no visible text</source>
        <translation>文件中没有可显示的文字</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/prompts.py" line="32"/>
        <source>the file looks binary, not text</source>
        <translation>这似乎是二进制文件，不是文本</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/prompts.py" line="33"/>
        <source>the text encoding could not be recognised</source>
        <translation>无法识别文本编码</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/prompts.py" line="34"/>
        <source>the file is not a saved web page</source>
        <translation>这不是保存的网页文件</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/prompts.py" line="35"/>
        <source>the page could not be parsed (%1)</source>
        <translation>无法解析该网页（%1）</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/prompts.py" line="36"/>
        <source>the file is too deeply nested to read</source>
        <translation>文件嵌套层级过深，无法读取</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/prompts.py" line="98"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/reader/ui/find_bar.py" line="28"/>
        <source>Find in article</source>
        <translation>在文中查找</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/find_bar.py" line="33"/>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/find_bar.py" line="36"/>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/find_bar.py" line="42"/>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/find_bar.py" line="82"/>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/find_bar.py" line="85"/>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/reader/ui/main_window.py" line="141"/>
        <source>Side Panel</source>
        <translation>侧边栏</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/main_window.py" line="300"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/main_window.py" line="336"/>
        <source>Cannot open the article</source>
        <translation>无法打开文章</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/main_window.py" line="360"/>
        <source>%1 characters · about %2 min</source>
        <translation>%1 字 · 约 %2 分钟</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/main_window.py" line="416"/>
        <source>Restoring the block…</source>
        <translation>正在恢复段落…</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/main_window.py" line="517"/>
        <source>About reader</source>
        <translation>关于 reader</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/main_window.py" line="519"/>
        <source>&lt;h3&gt;reader&lt;/h3&gt;&lt;p&gt;Read and annotate Chinese articles: cleaned text, highlights and comments, entities with pinyin, notes export.&lt;/p&gt;&lt;p&gt;Notes are kept in %1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;reader&lt;/h3&gt;&lt;p&gt;阅读并批注中文文章：清理正文、高亮与批注、带拼音的实体、导出笔记。&lt;/p&gt;&lt;p&gt;笔记保存在 %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/main_window.py" line="534"/>
        <source>Notes not saved: %1</source>
        <translation>笔记未保存：%1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../src/reader/ui/window_menus.py" line="22"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/window_menus.py" line="24"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/window_menus.py" line="26"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/window_menus.py" line="33"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/window_menus.py" line="37"/>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/window_menus.py" line="42"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/window_menus.py" line="49"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/window_menus.py" line="56"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/window_menus.py" line="62"/>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <location filename="../../src/reader/ui/note_commands.py" line="53"/>
        <location filename="../../src/reader/ui/note_commands.py" line="74"/>
        <source>Select some text first.</source>
        <translation>请先选中一段文字。</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/note_commands.py" line="111"/>
        <source>Select the passage to attach the note to, then try again.</source>
        <translation>请先选中要关联这条笔记的段落，再试一次。</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/note_commands.py" line="164"/>
        <source>Notes exported to %1</source>
        <translation>笔记已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/note_commands.py" line="167"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/note_commands.py" line="212"/>
        <source>Edit Note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/note_commands.py" line="214"/>
        <source>Delete Note</source>
        <translation>删除笔记</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <location filename="../../src/reader/ui/notes_controller.py" line="61"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_controller.py" line="62"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_controller.py" line="63"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_controller.py" line="64"/>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_controller.py" line="65"/>
        <source>Purple</source>
        <translation>紫色</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_controller.py" line="68"/>
        <source>in place</source>
        <translation>原位</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_controller.py" line="69"/>
        <source>moved</source>
        <translation>已移动</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_controller.py" line="70"/>
        <source>orphaned</source>
        <translation>失去关联</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_controller.py" line="190"/>
        <source>Select the passage in the text first.</source>
        <translation>请先在正文中选中段落。</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../src/reader/ui/notes_panel.py" line="101"/>
        <source>Filter: 汉字, pinyin or initials</source>
        <translation>筛选：汉字、拼音或首字母</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_panel.py" line="103"/>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_panel.py" line="103"/>
        <source>Comment</source>
        <translation>批注</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_panel.py" line="103"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_panel.py" line="103"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_panel.py" line="112"/>
        <source>Orphaned notes (their text is gone)</source>
        <translation>失去关联的笔记（原文已不在）</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_panel.py" line="115"/>
        <source>Attach to selection</source>
        <translation>关联到所选文字</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_panel.py" line="118"/>
        <source>Select the passage in the text, then attach the chosen orphaned note to it</source>
        <translation>在正文中选中段落，然后把所选的失联笔记关联过去</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_panel.py" line="131"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_panel.py" line="132"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_panel.py" line="133"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_panel.py" line="134"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_panel.py" line="138"/>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_panel.py" line="194"/>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_panel.py" line="197"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/notes_panel.py" line="208"/>
        <source>%1 of %2 notes</source>
        <translation>%1 / %2 条笔记</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/side_panels.py" line="57"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../src/reader/ui/prompts.py" line="52"/>
        <source>Open Article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/prompts.py" line="59"/>
        <source>Export Notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <location filename="../../src/reader/ui/prompts.py" line="76"/>
        <source>Reading Font</source>
        <translation>阅读字体</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../src/reader/ui/reading_view.py" line="358"/>
        <location filename="../../src/reader/ui/reading_view.py" line="368"/>
        <source>Restore this block</source>
        <translation>恢复这一段</translation>
    </message>
</context>
</TS>
