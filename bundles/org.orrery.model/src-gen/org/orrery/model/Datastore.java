/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Datastore</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Storage that holds disk images: a host's local disk, NFS, an iSCSI/SAN target or an image repository (Cumulus, S3).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.Datastore#getKind <em>Kind</em>}</li>
 *   <li>{@link org.orrery.model.Datastore#getCapacityGB <em>Capacity GB</em>}</li>
 *   <li>{@link org.orrery.model.Datastore#getBandwidthMBps <em>Bandwidth MBps</em>}</li>
 *   <li>{@link org.orrery.model.Datastore#getImages <em>Images</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getDatastore()
 * @model
 * @generated
 */
public interface Datastore extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"local"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.DatastoreKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kind of storage. Default local.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.orrery.model.DatastoreKind
	 * @see #setKind(DatastoreKind)
	 * @see org.orrery.model.OrreryPackage#getDatastore_Kind()
	 * @model default="local"
	 * @generated
	 */
	DatastoreKind getKind();

	/**
	 * Sets the value of the '{@link org.orrery.model.Datastore#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.orrery.model.DatastoreKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DatastoreKind value);

	/**
	 * Returns the value of the '<em><b>Capacity GB</b></em>' attribute.
	 * The default value is <code>"500.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Capacity in GiB. Default 500.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Capacity GB</em>' attribute.
	 * @see #setCapacityGB(double)
	 * @see org.orrery.model.OrreryPackage#getDatastore_CapacityGB()
	 * @model default="500.0"
	 * @generated
	 */
	double getCapacityGB();

	/**
	 * Sets the value of the '{@link org.orrery.model.Datastore#getCapacityGB <em>Capacity GB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Capacity GB</em>' attribute.
	 * @see #getCapacityGB()
	 * @generated
	 */
	void setCapacityGB(double value);

	/**
	 * Returns the value of the '<em><b>Bandwidth MBps</b></em>' attribute.
	 * The default value is <code>"83.37"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sustained read bandwidth for one client in MB/s. Default 83.37 (one Cumulus client in the source).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bandwidth MBps</em>' attribute.
	 * @see #setBandwidthMBps(double)
	 * @see org.orrery.model.OrreryPackage#getDatastore_BandwidthMBps()
	 * @model default="83.37"
	 * @generated
	 */
	double getBandwidthMBps();

	/**
	 * Sets the value of the '{@link org.orrery.model.Datastore#getBandwidthMBps <em>Bandwidth MBps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bandwidth MBps</em>' attribute.
	 * @see #getBandwidthMBps()
	 * @generated
	 */
	void setBandwidthMBps(double value);

	/**
	 * Returns the value of the '<em><b>Images</b></em>' containment reference list.
	 * The list contents are of type {@link org.orrery.model.Image}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Images stored here.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Images</em>' containment reference list.
	 * @see org.orrery.model.OrreryPackage#getDatastore_Images()
	 * @model containment="true"
	 * @generated
	 */
	EList<Image> getImages();

} // Datastore
