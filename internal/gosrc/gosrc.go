// Package gosrc writes Go values as Go source: the composite literals of
// generated tables, which a program then has without computing them.
package gosrc

import (
	"bytes"
	"cmp"
	"fmt"
	"path"
	"reflect"
	"slices"
	"strconv"
)

// Writer writes values as expressions of the package whose import path is
// Pkg. Its types go unqualified and may have unexported fields; types of
// other packages are qualified by their package name and their import
// paths recorded.
type Writer struct {
	Pkg string
	// Lines puts each element of a slice or map on a line of its own, so
	// that a change to a large table changes a few lines of its source.
	Lines bool
	// Lift, when it reports true for a slice's type, has the slice written
	// as a package-level variable named by Prefix and a number, and referred
	// to by that name: a package-level slice of constants is static data,
	// while one written inside a function is copied at run time.
	Lift    func(reflect.Type) bool
	Prefix  string
	imports map[string]bool
	vars    bytes.Buffer
	nvars   int
}

// Vars writes the declarations of the lifted slices.
func (w *Writer) Vars(b *bytes.Buffer) { b.Write(w.vars.Bytes()) }

// Imports returns the import paths the written values need, sorted.
func (w *Writer) Imports() []string {
	out := make([]string, 0, len(w.imports))
	for p := range w.imports {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}

// Value writes v as a Go expression of its type, leaving out zero fields
// and nil maps and slices, and writing map keys in order.
func (w *Writer) Value(b *bytes.Buffer, v reflect.Value) error {
	return w.value(b, v, false)
}

// value writes v; elided leaves out the type of a composite literal (and
// the & of a pointer to one), as Go allows for elements and keys.
func (w *Writer) value(b *bytes.Buffer, v reflect.Value, elided bool) error {
	t := v.Type()
	switch v.Kind() {
	case reflect.Pointer:
		if !elided || t.Elem().Kind() != reflect.Struct {
			b.WriteByte('&')
		}
		return w.value(b, v.Elem(), elided)
	case reflect.Interface:
		return w.value(b, v.Elem(), false)
	case reflect.Struct:
		return w.structValue(b, v, elided)
	case reflect.Slice:
		if w.Lift != nil && w.Lift(t) {
			return w.lift(b, v)
		}
		return w.sliceValue(b, v)
	case reflect.Map:
		return w.mapValue(b, v)
	case reflect.String:
		b.WriteString(strconv.Quote(v.String()))
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		b.WriteString(strconv.FormatUint(v.Uint(), 10))
	case reflect.Float32, reflect.Float64:
		b.WriteString(strconv.FormatFloat(v.Float(), 'g', -1, 64))
	default:
		return fmt.Errorf("unsupported type %s", t)
	}
	return nil
}

// lift writes v as a package-level variable and its name in b.
func (w *Writer) lift(b *bytes.Buffer, v reflect.Value) error {
	w.nvars++
	name := w.Prefix + strconv.Itoa(w.nvars)
	var src bytes.Buffer
	if err := w.sliceValue(&src, v); err != nil {
		return err
	}
	fmt.Fprintf(&w.vars, "var %s = %s\n\n", name, src.Bytes())
	b.WriteString(name)
	return nil
}

// sliceValue writes a slice: one of bytes as a converted string, one of
// structs mostly zero (a sparse table) with the indexes of the others and
// of its last element.
func (w *Writer) sliceValue(b *bytes.Buffer, v reflect.Value) error {
	if v.Type().Elem().Kind() == reflect.Uint8 {
		b.WriteString(w.TypeName(v.Type()) + "(" + strconv.Quote(string(v.Bytes())) + ")")
		return nil
	}
	zeros := 0
	if v.Type().Elem().Kind() == reflect.Struct {
		for i := 0; i < v.Len(); i++ {
			if v.Index(i).IsZero() {
				zeros++
			}
		}
	}
	sparse := zeros*2 > v.Len()
	b.WriteString(w.TypeName(v.Type()) + "{" + w.open(v.Len()))
	for i := 0; i < v.Len(); i++ {
		if sparse && i < v.Len()-1 && v.Index(i).IsZero() {
			continue
		}
		if sparse {
			b.WriteString(strconv.Itoa(i) + ": ")
		}
		if err := w.value(b, v.Index(i), true); err != nil {
			return err
		}
		b.WriteString(w.sep())
	}
	b.WriteByte('}')
	return nil
}

// open starts the elements of a slice or map of n elements.
func (w *Writer) open(n int) string {
	if w.Lines && n > 0 {
		return "\n"
	}
	return ""
}

// sep ends an element of a slice or map.
func (w *Writer) sep() string {
	if w.Lines {
		return ",\n"
	}
	return ", "
}

func (w *Writer) structValue(b *bytes.Buffer, v reflect.Value, elided bool) error {
	t := v.Type()
	if t.Name() == "" {
		return fmt.Errorf("unnamed struct type %s", t)
	}
	if !elided {
		b.WriteString(w.TypeName(t))
	}
	b.WriteString("{")
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() && t.PkgPath() != w.Pkg {
			return fmt.Errorf("unexported field %s.%s", t.Name(), f.Name)
		}
		if v.Field(i).IsZero() {
			continue
		}
		b.WriteString(f.Name + ": ")
		if err := w.value(b, v.Field(i), false); err != nil {
			return fmt.Errorf("%s.%s: %w", t.Name(), f.Name, err)
		}
		b.WriteString(", ")
	}
	b.WriteByte('}')
	return nil
}

func (w *Writer) mapValue(b *bytes.Buffer, v reflect.Value) error {
	keys := v.MapKeys()
	switch v.Type().Key().Kind() {
	case reflect.String:
		slices.SortFunc(keys, func(a, c reflect.Value) int { return cmp.Compare(a.String(), c.String()) })
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		slices.SortFunc(keys, func(a, c reflect.Value) int { return cmp.Compare(a.Int(), c.Int()) })
	default:
		return fmt.Errorf("map key type %s", v.Type().Key())
	}
	b.WriteString(w.TypeName(v.Type()) + "{" + w.open(len(keys)))
	for _, k := range keys {
		if err := w.value(b, k, true); err != nil {
			return err
		}
		b.WriteString(": ")
		if err := w.value(b, v.MapIndex(k), true); err != nil {
			return err
		}
		b.WriteString(w.sep())
	}
	b.WriteByte('}')
	return nil
}

// TypeName spells t as Go source inside the package Pkg.
func (w *Writer) TypeName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Slice:
		return "[]" + w.TypeName(t.Elem())
	case reflect.Map:
		return "map[" + w.TypeName(t.Key()) + "]" + w.TypeName(t.Elem())
	case reflect.Pointer:
		return "*" + w.TypeName(t.Elem())
	}
	if t.PkgPath() == "" || t.PkgPath() == w.Pkg {
		return t.Name()
	}
	if w.imports == nil {
		w.imports = map[string]bool{}
	}
	w.imports[t.PkgPath()] = true
	return path.Base(t.PkgPath()) + "." + t.Name()
}
