// Package entities finds people, organizations, places and nationalities and resolves their aliases within an article.
package entities
